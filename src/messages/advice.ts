/**
 * What to do, specific to the case: the category, what the message asks for, and where to
 * report it in the recipient's country. Reporting channels are listed only where they are
 * national, free and well established; elsewhere the advice names the operator's spam service.
 */
import type { MessageCategory, RequestIndicator, RequestKind, Verdict } from './types.js';

const REPORT: Readonly<Record<string, { text: string; call: string }>> = {
  GB: {
    text: 'Report it: forward the text free to 7726, then delete it.',
    call: 'Report the call to Action Fraud (actionfraud.police.uk, 0300 123 2040), and text "Call" and the number to 7726.',
  },
  US: {
    text: 'Report it: forward the text to 7726 (SPAM) and at ReportFraud.ftc.gov, then delete it.',
    call: 'Report the call at ReportFraud.ftc.gov.',
  },
  CA: {
    text: 'Report it: forward the text to 7726 (SPAM) and to the Canadian Anti-Fraud Centre (1-888-495-8501).',
    call: 'Report the call to the Canadian Anti-Fraud Centre (1-888-495-8501).',
  },
  FR: {
    text: 'Signalez-le : transférez le SMS gratuitement au 33700, puis supprimez-le.',
    call: 'Signalez le numéro sur 33700.fr.',
  },
  IT: {
    text: 'Segnalalo alla Polizia Postale su commissariatodips.it, poi cancellalo.',
    call: 'Segnala la chiamata alla Polizia Postale su commissariatodips.it.',
  },
  ES: {
    text: 'Si tienes dudas, llama gratis al 017 (INCIBE) y luego bórralo.',
    call: 'Consulta gratis al 017 (INCIBE) y denuncia la llamada.',
  },
  DE: {
    text: 'Melden Sie die Nachricht der Bundesnetzagentur (bundesnetzagentur.de/rufnummernmissbrauch) und löschen Sie sie.',
    call: 'Melden Sie die Rufnummer der Bundesnetzagentur (bundesnetzagentur.de/rufnummernmissbrauch).',
  },
  IN: {
    text: 'Report it on Sanchar Saathi (Chakshu, sancharsaathi.gov.in); if money was lost, call 1930 or use cybercrime.gov.in.',
    call: 'Report the call on Sanchar Saathi (Chakshu); if money was lost, call 1930.',
  },
  SG: {
    text: 'Report it with the ScamShield app, or call the Anti-Scam Helpline on 1799.',
    call: 'Report the call with ScamShield or on the Anti-Scam Helpline, 1799.',
  },
  AU: {
    text: 'Report it at scamwatch.gov.au, then delete it.',
    call: 'Report the call at scamwatch.gov.au.',
  },
  NL: {
    text: 'Meld het bij de Fraudehelpdesk (fraudehelpdesk.nl) en verwijder het bericht.',
    call: 'Meld de oproep bij de Fraudehelpdesk (fraudehelpdesk.nl).',
  },
};

const REPORT_DEFAULT = {
  text: "Report it to your mobile operator's spam service (7726 in the UK, US and Canada; 33700 in France), then delete it.",
  call: "Report the number to your operator and your country's fraud reporting service.",
};

const BY_CATEGORY: Readonly<Record<MessageCategory, string>> = {
  delivery:
    "Check a delivery only in the carrier's app or on its site typed in yourself: carriers do not ask for small fees or address updates by text.",
  'bank-account':
    'Call your bank on the number on the back of your card, not on a number or link from the message. A bank never asks you to move money to a "safe account".',
  'government-tax-toll':
    'Tax offices, toll operators and courts do not send refund or fine links by text: log in to the official site yourself.',
  'prize-lottery': 'You cannot win a draw you never entered, and a real prize never costs a fee.',
  job: 'Real employers do not recruit by unsolicited text or ask you to pay, top up or "boost" tasks.',
  'investment-crypto':
    "Guaranteed returns are a scam sign: check the firm on your financial regulator's register before paying anything.",
  'family-impersonation':
    'Call your relative on the number you already have for them before you send money or codes.',
  'wrong-number-romance':
    'Do not carry on the chat: a friendly stranger who turns to investments or crypto is a known scam ("pig butchering").',
  'code-theft':
    'Never share a code sent to you, not even with a friend: it lets the sender take over your account. If you did, turn on two-step verification and log out other devices now.',
  'shopping-event':
    "Buy from the retailer's own app or site: a deal that needs a link from a text is not one you need.",
  telecom: "Check your bill, plan and points in your operator's own app.",
  other:
    'Do not reply and do not act on the message until you have checked it through a channel you already trust.',
};

export interface AdviceFacts {
  readonly verdict: Verdict;
  readonly category: MessageCategory;
  readonly hasLink: boolean;
  readonly requests: readonly RequestIndicator[];
  readonly recipientRegion: string | null;
  readonly call?: boolean;
}

export function adviceFor(facts: AdviceFacts): string[] {
  if (facts.verdict === 'ok')
    return [
      facts.call === true
        ? 'Nothing in this call matches known scams. Still, hang up and call back on a number you know if anyone asks for codes, money or remote access.'
        : 'Nothing in this message matches known scams. Still, be careful with any unexpected request for codes, money or personal details.',
    ];
  const asks = (k: RequestKind): boolean => facts.requests.some((r) => r.kind === k);
  const advice: string[] = [];
  if (facts.hasLink)
    advice.push(
      'Do not open the link. If you think the message may be genuine, open the official app or type the address yourself.',
    );
  if (facts.call === true)
    advice.push('Hang up, then call the organisation back on a number you find yourself.');
  advice.push(BY_CATEGORY[facts.category]);
  if ((asks('code') || asks('pin-password')) && facts.category !== 'code-theft')
    advice.push('Never share a one-time code or PIN: no bank, company or authority asks for it.');
  if (asks('card-data'))
    advice.push('If you entered card details, call your bank now to block the card.');
  if (asks('gift-card') || asks('crypto'))
    advice.push('No real company or authority asks to be paid in gift cards or crypto.');
  if (asks('remote-access'))
    advice.push(
      'Do not install AnyDesk, TeamViewer or any app someone asks you to; uninstall it if you did.',
    );
  const report =
    (facts.recipientRegion !== null && REPORT[facts.recipientRegion]) || REPORT_DEFAULT;
  advice.push(facts.call === true ? report.call : report.text);
  return advice;
}
