import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n } from '../i18n';

/** One button toggling zh-TW ↔ English; the choice is kept in localStorage. */
export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { locale, setLocale, t } = useI18n();
  const next = locale === 'en' ? 'zh-TW' : 'en';
  return (
    <Button
      type={dark ? 'text' : 'default'}
      className={dark ? 'header-button' : undefined}
      icon={<GlobalOutlined />}
      onClick={() => setLocale(next)}
      aria-label={`${t.language}: ${next === 'en' ? t.switchToEnglish : t.switchToChinese}`}
      data-testid="language-switch"
      lang={next === 'en' ? 'en' : 'zh-Hant-TW'}
    >
      {next === 'en' ? t.switchToEnglish : t.switchToChinese}
    </Button>
  );
}
