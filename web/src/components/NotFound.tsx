import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../i18n';

/** "Not found" with the way home: for unknown addresses and for data that is gone or not readable. */
export function NotFound({ message }: { message: string }) {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t.notFoundTitle}
      subTitle={message}
      extra={
        <Link to="/">
          <Button type="primary">{t.backHome}</Button>
        </Link>
      }
    />
  );
}
