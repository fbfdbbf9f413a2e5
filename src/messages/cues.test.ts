import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseMessage } from './index.js';
import { detectLanguage, findCues } from './lexicon.js';
import { findFamilyOpener } from './patterns.js';

// Example messages written for these tests, not taken from any corpus.

const flagged = (text: string): boolean => analyseMessage({ text }).verdict !== 'ok';

function expectFlagged(texts: readonly string[]): void {
  const missed = texts.filter((t) => !flagged(t));
  assert.deepEqual(missed, []);
}

function expectBenign(texts: readonly string[]): void {
  const wrong = texts.filter((t) => flagged(t));
  assert.deepEqual(wrong, []);
}

const HELLO_MUM = [
  'Hello mum, my phone just broke, this is my new number. Text me here x',
  'Hola mamá, se me rompió el móvil, este es mi número nuevo. Escríbeme por aquí',
  "Coucou maman, mon téléphone est cassé, c'est mon nouveau numéro, enregistre-le",
  'Hallo Mama, mein Handy ist kaputt, das ist meine neue Nummer. Speicher sie bitte',
  'Ciao mamma, mi si è rotto il telefono, questo è il mio nuovo numero',
  'Oi mãe, meu celular quebrou, esse é meu número novo, salva aí',
  'Halo ma, hp aku rusak, ini nomor baru aku ya, simpan nomor ini',
  'مرحبا ماما، جوالي انكسر وهذا رقمي الجديد احفظيه',
  '엄마 나야 폰 액정이 깨져서 수리 맡겼어 이 번호로 저장해줘',
  'แม่ หนูเองนะ มือถือพัง นี่เบอร์ใหม่ของหนู เซฟเบอร์นี้ไว้นะ',
  '妈，是我，手机坏了，这是我的新号码，存一下',
  '母さん、俺だけど、スマホが壊れたから新しい番号になった。登録しておいて',
  'Mẹ ơi con đây, điện thoại con bị hỏng rồi, đây là số mới của con, mẹ lưu số này nhé',
];

describe('cues that survive stripped text', () => {
  it('flags the "Hello mum" opener without a link in 13 languages', () => {
    expectFlagged(HELLO_MUM);
    for (const text of HELLO_MUM) assert.notEqual(findFamilyOpener(text), null, text);
  });

  it('leaves family chat without a new number alone', () => {
    expectBenign([
      'Hi mum, I will be home late tonight, save me some dinner',
      'Mamá, llego tarde, guárdame la cena',
      '엄마 오늘 저녁에 늦게 들어가요',
      '妈，我今天晚上不回家吃饭了',
    ]);
    assert.equal(findFamilyOpener('Hi mum, see you at eight'), null);
  });

  it('flags the Spanish card-limited and points-expiry lures', () => {
    expectFlagged([
      'BBVA: Su tarjeta ha sido limitada por motivos de seguridad. Regularice su acceso en https://acceso-clientes.net/es',
      'Sus puntos caducan hoy. Canjee sus 4.500 puntos antes de medianoche en https://canje-puntos.net/es',
    ]);
    const cues = findCues('Su tarjeta ha sido limitada').map((c) => c.cue);
    assert.ok(cues.includes('account-problem'));
  });

  it('flags parcel-fee and account-blocked lures with a link in Asian languages', () => {
    expectFlagged([
      '[우체국택배] 주소불명으로 배송불가 상태입니다. 주소 확인: https://epost-kr.top/a',
      '고객님의 계좌가 정지되었습니다. 본인확인 후 해제: https://kbstar-secure.top/x',
      'ไปรษณีย์ไทย: พัสดุของคุณไม่สามารถจัดส่งได้ กรุณาชำระค่าจัดส่งเพิ่มเติม https://thpost-th.top/p',
      'ธนาคาร: บัญชีของคุณถูกระงับ กรุณายืนยันตัวตนที่ https://kbank-verify.top/a',
      '【顺丰】您的包裹因地址不详无法派送，请更新地址 https://sf-express.top/c',
      '您的账户已被限制，请立即点击链接验证身份 https://icbc-verify.top/v',
      '【ヤマト運輸】お荷物を配達できませんでした。再配達はこちら https://yamato-jp.top/r',
      '【三井住友カード】カードの利用を制限しました。本人確認はこちら https://smbc-check.top/k',
      'Đơn hàng của bạn không thể giao do sai địa chỉ, vui lòng cập nhật địa chỉ tại https://vnpost-vn.top/d',
      'Tài khoản của bạn bị khóa do giao dịch bất thường, xác minh tại https://vcb-verify.top/x',
    ]);
  });

  it('leaves one-time codes and "we never ask for your code" warnings alone', () => {
    expectBenign([
      '[Web발신] 인증번호는 [482913] 입니다. 타인에게 절대 알려주지 마세요.',
      '고객님, 은행은 어떠한 경우에도 인증번호를 요구하지 않습니다.',
      'รหัส OTP ของคุณคือ 582914 (Ref: KXQP) ห้ามบอกรหัสนี้แก่ผู้อื่น',
      'ธนาคารจะไม่ขอรหัส OTP จากท่านทางโทรศัพท์ทุกกรณี',
      '【支付宝】您的验证码是 482913，5分钟内有效，切勿告知他人。',
      '【銀行】我們不會向您索取驗證碼，請勿告知他人。',
      '認証コードは 482913 です。他人に教えないでください。',
      'お客様に認証コードを伺うことはありません。',
      'Mã OTP của bạn là 482913. Tuyệt đối không cung cấp mã này cho bất kỳ ai.',
      'Ngân hàng không bao giờ yêu cầu khách hàng cung cấp mã OTP.',
    ]);
  });

  it('reads asks for codes inside unsegmented text as requests', () => {
    const cues = findCues('เพื่อนส่งรหัสผิดมาที่เบอร์คุณ ช่วยส่งรหัสที่ได้รับมาให้หน่อย').map((c) => c.cue);
    assert.ok(cues.includes('code-request'));
    const zh = findCues('你好，我不小心把验证码发到你手机上了，把验证码发给我好吗').map(
      (c) => c.cue,
    );
    assert.ok(zh.includes('code-request'));
  });

  it('matches phrases inside runs of Thai, Chinese and Japanese letters', () => {
    const spans = (text: string): string[] =>
      findCues(text).map((c) => text.slice(c.span.start, c.span.end));
    assert.ok(spans('กรุณาโอนเงินด่วนที่สุด').includes('โอนเงิน'));
    assert.ok(spans('请尽快转账到安全账户').includes('转账'));
    assert.ok(spans('至急振込をお願いします').includes('至急'));
    // Latin phrases still match whole words only.
    assert.equal(
      findCues('barcode').some((c) => c.cue === 'code-notice'),
      false,
    );
  });

  it('tells the Asian languages by their script', () => {
    assert.equal(detectLanguage('กรุณาโอนเงิน'), 'th');
    assert.equal(detectLanguage('계좌가 정지되었습니다'), 'ko');
    assert.equal(detectLanguage('您的包裹无法派送'), 'zh');
    assert.equal(detectLanguage('お荷物を配達できませんでした'), 'ja');
    assert.equal(detectLanguage('Tài khoản của bạn bị khóa'), 'vi');
  });
});
