import { Alert } from 'antd';
import './problem-list.css';

/**
 * Problems the API named by JSON path (or about nothing in particular), as a list in an alert: each under the
 * field's label the API gives in the UI's language, the raw path kept as the label's tooltip.
 */
export function ProblemList({
  title,
  problems,
  testId,
}: {
  title: string;
  problems: Array<{ path?: string; label?: string; message: string }>;
  testId?: string;
}) {
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      className="problem-list"
      data-testid={testId}
      title={title}
      description={
        <ul className="problem-list-items">
          {problems.map((problem, index) => (
            <li key={index}>
              {problem.label ? (
                <span className="problem-label" title={problem.path}>
                  {problem.label}
                </span>
              ) : (
                problem.path && <code className="problem-path">{problem.path}</code>
              )}{' '}
              <span className="problem-message">{problem.message}</span>
            </li>
          ))}
        </ul>
      }
    />
  );
}
