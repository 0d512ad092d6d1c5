import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { createBrowserRouter } from 'react-router';
import AppLayout from '../features/layout/components/app-layout';
import { NotificationBell } from '../features/notifications';
import { setRedirectHandler } from '../lib/api';
import { can } from '../lib/permissions';
import { meQueryKey, useCurrentUser } from '../lib/session';
import { NotFound, RequireSession, RoutePage } from './guards';
import { queryClient } from './providers';
import type { AppRoute } from './routes';
import { ROUTES } from './routes';

function toRouteObject(route: AppRoute): RouteObject {
  const Page = lazy(route.load);
  return {
    path: route.path,
    element: (
      <RoutePage title={route.title} permission={route.permission}>
        <Page />
      </RoutePage>
    ),
  };
}

/** The layout gets only the menu entries this user's roles may open. */
function MainLayout() {
  const me = useCurrentUser();
  const items = ROUTES.filter(
    (route) => route.area === 'app' && route.menu && (!route.permission || can(me.roles, route.permission)),
  ).map((route) => ({ path: route.path, label: route.menu!.label, icon: route.menu!.icon }));
  return <AppLayout menuItems={items} headerActions={<NotificationBell />} />;
}

const byArea = (area: AppRoute['area']) => ROUTES.filter((route) => route.area === area).map(toRouteObject);

export const router = createBrowserRouter([
  ...byArea('public'),
  {
    element: <RequireSession />,
    children: [
      ...byArea('bare'),
      { element: <MainLayout />, children: [...byArea('app'), { path: '*', element: <NotFound /> }] },
    ],
  },
]);

setRedirectHandler((to) => {
  // The cached identity is stale once the server says so: drop it, or the guards would send us back.
  if (to.startsWith('/sign-in')) queryClient.setQueryData(meQueryKey, null);
  else void queryClient.invalidateQueries({ queryKey: meQueryKey });
  const current = `${window.location.pathname}${window.location.search}`;
  if (current !== to) void router.navigate(to, { replace: true });
});
