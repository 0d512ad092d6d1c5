import { CheckCircleOutlined, RightOutlined } from '@ant-design/icons';
import './dashboard.css';
import { Card, Empty, Typography } from 'antd';
import { Link } from 'react-router';
import type { DashboardTask } from '../../../../../src/shared/api/dashboard';
import { formatDate, numberFormat } from '../../../lib/format';
import { StatusTag } from '../../../lib/status-tag';

function Deadline({ task }: { task: DashboardTask }) {
  if (!task.dueOn) return null;
  return task.overdue ? (
    <StatusTag tone="danger">Quá hạn (hạn {formatDate(task.dueOn)})</StatusTag>
  ) : (
    <StatusTag tone="warning">Hạn {formatDate(task.dueOn)}</StatusTag>
  );
}

/** "Việc cần làm": one line per kind of work waiting, with its count, where to do it and its deadline. */
export function TasksCard({
  tasks,
  loading,
}: {
  tasks: readonly DashboardTask[] | undefined;
  loading: boolean;
}) {
  return (
    <Card
      title="Việc cần làm"
      loading={loading}
      styles={{ body: { padding: tasks?.length ? 0 : undefined } }}
    >
      {tasks && tasks.length === 0 ? (
        <Empty
          image={<CheckCircleOutlined style={{ fontSize: 40, color: '#389e0d' }} />}
          styles={{ image: { height: 48 } }}
          description="Hiện không có việc nào đang chờ đồng chí."
        />
      ) : (
        <ul className="tdkt-task-list" aria-label="Danh sách việc cần làm">
          {tasks?.map((task) => (
            <li key={task.key}>
              <Link to={task.link} className="tdkt-task">
                <span className={`tdkt-task-count${task.overdue ? ' is-overdue' : ''}`}>
                  {numberFormat.format(task.count)}
                </span>
                <span className="tdkt-task-body">
                  <span className="tdkt-task-label">{task.label}</span>
                  {task.detail && (
                    <Typography.Text type="secondary" className="tdkt-task-detail">
                      Lý do trả lại gần nhất: {task.detail}
                    </Typography.Text>
                  )}
                  <Deadline task={task} />
                </span>
                <RightOutlined aria-hidden="true" className="tdkt-task-arrow" />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
