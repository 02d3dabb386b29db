import { NotFound } from '../components/NotFound';
import { useI18n } from '../i18n';

export default function NotFoundPage() {
  const { t } = useI18n();
  return <NotFound message={t.notFoundBody} />;
}
