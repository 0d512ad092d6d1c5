/** What other parts of the app may use from this feature (the app shell puts the bell in the header). */
export { NotificationBell } from './components/notification-bell';
