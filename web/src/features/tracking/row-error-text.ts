import type { Locale } from '../../i18n';
import type { Dictionary } from '../../i18n/zh-TW';
import type { RowError } from './types';

/**
 * A refused upload's row problem in the user's language, from its stable code and params (the
 * API's own message is English). Details the server worded itself (a period or formula error)
 * come in zh-TW as `detailZh`; an unknown code falls back to the API's message.
 */
export function rowErrorText(t: Dictionary, locale: Locale, e: RowError): string {
  const p = (name: string) => String(e.params[name] ?? '');
  const detail = () => (locale === 'zh-TW' && e.params.detailZh ? p('detailZh') : e.message);
  switch (e.code) {
    case 'missing_kpi':
      return t.trkErrMissingKpi;
    case 'unknown_kpi':
      return t.trkErrUnknownKpi(p('kpi'));
    case 'missing_period':
      return t.trkErrMissingPeriod;
    case 'invalid_period':
      return detail();
    case 'period_other_year':
      return t.trkErrPeriodOtherYear(p('period'), p('year'));
    case 'period_mismatch':
      return t.trkErrPeriodMismatch(p('period'), p('expected'));
    case 'duplicate':
      return t.trkErrDuplicate(p('kpi'), p('period'), p('first'));
    case 'not_a_number':
      return t.trkErrNotNumber(p('text'));
    case 'unknown_stage':
      return t.trkErrUnknownStage(p('stage'), p('kpi'), p('stages'));
    case 'no_formula':
      return t.trkErrNoFormula(p('kpi'));
    case 'formula_error':
      return e.params.detailZh ? t.trkErrFormula(p('kpi'), detail()) : e.message;
    case 'missing_value':
      return t.trkErrMissingValue(p('kpi'));
    case 'red_needs_explanation':
      return t.trkErrRedExplanation(p('kpi'), p('period'));
    case 'red_needs_corrective_action':
      return t.trkErrRedCorrective(p('kpi'), p('period'));
    default:
      return e.message;
  }
}

/** The row errors of a refused upload, when the API sent them. */
export function rowErrorsOf(details: Record<string, unknown>): RowError[] {
  const list = details.rowErrors;
  if (!Array.isArray(list)) return [];
  return list
    .filter(
      (e): e is RowError =>
        !!e &&
        typeof e === 'object' &&
        typeof (e as RowError).row === 'number' &&
        typeof (e as RowError).code === 'string',
    )
    .map((e) => ({ ...e, params: e.params ?? {} }));
}
