import { Typography } from 'antd';
import { Link } from 'react-router';

/** A count of work, leading to the screen where that work is done. */
export function CountLink({ count, label, to, testId }: { count: number; label: string; to: string; testId: string }) {
  return (
    <Link to={to} className="overview-count" data-testid={testId}>
      <span className="overview-count-figure">{count}</span>
      <Typography.Text className="overview-count-label">{label}</Typography.Text>
    </Link>
  );
}
