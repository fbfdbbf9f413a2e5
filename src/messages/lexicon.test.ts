import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LEXICON, SCAM_CUE_LANGUAGES } from './lexicon-data.js';
import { compileLexicon, compilePhrase, detectLanguage, findCues, foldText } from './lexicon.js';
import { CUES, CUE_LANGUAGES, type Cue, type CueLanguage, type CueMatch } from './types.js';

function cuesOf(text: string): Cue[] {
  return [...new Set(findCues(text).map((m) => m.cue))].sort();
}

/** The words each match of `cue` covers, in order. */
function spans(text: string, cue: Cue, matches: readonly CueMatch[] = findCues(text)): string[] {
  return matches.filter((m) => m.cue === cue).map((m) => text.slice(m.span.start, m.span.end));
}

function expectCues(text: string, expected: readonly Cue[]): void {
  assert.deepEqual(cuesOf(text), [...expected].sort(), text);
}

function expectLanguage(text: string, lang: CueLanguage): void {
  const langs = new Set(findCues(text).map((m) => m.lang));
  assert.deepEqual([...langs], [lang], `${text}: ${[...langs].join(',')}`);
  assert.equal(detectLanguage(text), lang, text);
}

const CODE_CUES: readonly Cue[] = ['code-request', 'code-notice', 'do-not-share'];

describe('findCues: English', () => {
  it('reads a delivery scam', () => {
    const text =
      'Royal Mail: Your parcel could not be delivered due to an incomplete address. Pay the £1.99 redelivery fee within 24 hours.';
    expectCues(text, ['delivery', 'delivery-problem', 'fee', 'urgency']);
    assert.deepEqual(spans(text, 'delivery-problem'), [
      'could not be delivered',
      'incomplete address',
      'redelivery',
    ]);
    assert.deepEqual(spans(text, 'fee'), ['redelivery fee']);
    assert.deepEqual(spans(text, 'urgency'), ['within 24 hours']);
    expectLanguage(text, 'en');
  });

  it('reads a real shipping notice', () => {
    const text =
      'Your order has shipped and will be delivered tomorrow. Track your package in the app.';
    expectCues(text, ['delivery']);
    assert.deepEqual(spans(text, 'delivery'), [
      'Your order has shipped',
      'will be delivered',
      'Track your package',
    ]);
  });

  it('tells a code request from a code notice and a warning', () => {
    const request = 'Hi, I sent you a 6-digit code by mistake, can you send it back to me please?';
    expectCues(request, ['code-request']);
    assert.deepEqual(spans(request, 'code-request').slice(0, 2), [
      'I sent you a 6-digit code',
      'code by mistake',
    ]);
    const notice =
      '123456 is your verification code. Do not share it with anyone. We will never ask for it.';
    expectCues(notice, ['code-notice', 'do-not-share']);
    assert.deepEqual(spans(notice, 'code-notice'), ['123456 is your verification code']);
    assert.deepEqual(spans(notice, 'do-not-share'), [
      'Do not share it with anyone',
      'We will never ask',
      'will never ask for',
    ]);
    // The verb of a warning is not a request.
    expectCues('Never share the code with anyone.', ['do-not-share']);
    expectCues('Please share the code with me', ['code-request']);
  });

  it('matches whole words only', () => {
    expectCues('The wheel kept spinning all night', []);
    expectCues('Enter your PIN', ['pin-password']);
  });
});

describe('findCues: Arabic', () => {
  it('reads a delivery scam written with tashkeel', () => {
    const text =
      'عميلنا العزيز، شحنتك مُعلَّقة بسبب عنوان غير مكتمل. يرجى تحديث العنوان ودفع الرسوم عبر الرابط';
    expectCues(text, ['click', 'delivery', 'delivery-problem', 'fee']);
    assert.deepEqual(spans(text, 'delivery-problem'), [
      'شحنتك مُعلَّقة',
      'عنوان غير مكتمل',
      'تحديث العنوان',
    ]);
    // The attached conjunction belongs to the word.
    assert.deepEqual(spans(text, 'fee'), ['ودفع الرسوم']);
    expectLanguage(text, 'ar');
  });

  it('keeps the three code cues apart', () => {
    const notice = 'رمز التحقق الخاص بك هو 4821. لا تشارك هذا الرمز مع أي شخص.';
    expectCues(notice, ['code-notice', 'do-not-share']);
    assert.deepEqual(spans(notice, 'do-not-share'), ['لا تشارك هذا الرمز']);
    const request = 'معلش بعتلك كود بالغلط، ابعتهولي بسرعة';
    expectCues(request, ['code-request', 'urgency']);
    assert.deepEqual(spans(request, 'code-request'), ['كود بالغلط', 'ابعتهولي']);
    expectCues('ارسلي رمز التحقق اللي وصلك', ['code-request']);
  });

  it('folds alef forms, tatweel and ta marbuta', () => {
    for (const text of ['إضغط هنا لإستلام جائزتك', 'اضغط هنا لاستلام جائزتك', 'اضـــغط هنا']) {
      assert.ok(cuesOf(text).includes('click'), text);
    }
    assert.deepEqual(spans('أرسل لي الكود', 'code-request'), ['أرسل لي الكود']);
    assert.deepEqual(spans('ارسل لي الكود', 'code-request'), ['ارسل لي الكود']);
    assert.deepEqual(spans('شحنه جديدة', 'delivery'), ['شحنه']);
  });
});

describe('findCues: Italian', () => {
  it('reads a parcel scam with the accents dropped', () => {
    const text =
      'Poste Italiane: il tuo pacco e in giacenza. Paga le spese di spedizione di 1,99 EUR entro 24 ore';
    expectCues(text, ['delivery', 'delivery-problem', 'fee', 'urgency']);
    assert.deepEqual(spans(text, 'delivery-problem'), ['il tuo pacco e in giacenza']);
    assert.deepEqual(spans(text, 'fee'), ['spese di spedizione']);
    expectLanguage(text, 'it');
  });

  it('keeps the three code cues apart', () => {
    const notice = 'Il tuo codice di verifica è 583920. Non condividerlo con nessuno.';
    expectCues(notice, ['code-notice', 'do-not-share']);
    assert.deepEqual(spans(notice, 'code-notice'), ['Il tuo codice di verifica è']);
    const request = 'Ciao, ti ho mandato un codice per sbaglio, me lo rimandi?';
    expectCues(request, ['code-request']);
    assert.deepEqual(spans(request, 'code-request'), [
      'ti ho mandato un codice per sbaglio',
      'me lo rimandi',
    ]);
    expectCues('Non comunicare il codice a nessuno', ['do-not-share']);
  });
});

describe('findCues: French', () => {
  it('reads a parcel scam with the accents dropped', () => {
    const text =
      "Votre colis n'a pas pu etre livre. Des frais de livraison de 1,99€ sont a regler.";
    expectCues(text, ['delivery', 'delivery-problem', 'fee']);
    assert.deepEqual(spans(text, 'delivery-problem'), ["Votre colis n'a pas pu etre livre"]);
    assert.deepEqual(spans(text, 'fee'), ['frais de livraison']);
    expectLanguage(text, 'fr');
  });

  it('keeps the three code cues apart', () => {
    const notice = 'Votre code de confirmation est 4821. Ne le communiquez à personne.';
    expectCues(notice, ['code-notice', 'do-not-share']);
    assert.deepEqual(spans(notice, 'do-not-share'), ['Ne le communiquez à personne']);
    const request = "Coucou, je t'ai envoyé un code par erreur, tu peux me le renvoyer ?";
    expectCues(request, ['code-request']);
    assert.deepEqual(spans(request, 'code-request'), [
      "je t'ai envoyé un code par erreur",
      'tu peux me le renvoyer',
    ]);
  });
});

describe('findCues: Spanish', () => {
  it('reads a customs scam', () => {
    const text = 'Correos: su paquete está retenido. Pague la tasa de aduana de 1,99€ aquí.';
    expectCues(text, ['authority', 'delivery', 'delivery-problem', 'fee']);
    assert.deepEqual(spans(text, 'delivery-problem'), ['su paquete está retenido']);
    assert.deepEqual(spans(text, 'fee'), ['Pague la tasa', 'tasa de aduana']);
    expectLanguage(text, 'es');
  });

  it('keeps the three code cues apart', () => {
    const notice = 'Tu código de verificación es 482913. No lo compartas con nadie.';
    expectCues(notice, ['code-notice', 'do-not-share']);
    const request = 'Hola, te envié un código por error, me lo reenvías por favor?';
    expectCues(request, ['code-request']);
    assert.deepEqual(spans(request, 'code-request'), [
      'te envié un código por error',
      'me lo reenvías',
    ]);
  });
});

describe('findCues: Turkish', () => {
  it('reads dotted and dotless capitals alike', () => {
    for (const text of [
      'KARGONUZ TESLİM EDİLEMEDİ. Gümrük ücreti ödeyin',
      'KARGONUZ TESLIM EDILEMEDI. GUMRUK UCRETI ODEYIN',
      'kargonuz teslım edılemedı. gümrük ücreti ödeyin',
    ]) {
      expectCues(text, ['authority', 'delivery', 'delivery-problem', 'fee']);
      assert.equal(spans(text, 'delivery-problem')[0], text.slice(0, 25), text);
      assert.equal(detectLanguage(text), 'tr', text);
    }
  });

  it('keeps the three code cues apart', () => {
    const notice = 'Doğrulama kodunuz: 482913. Bu kodu kimseyle paylaşmayınız.';
    expectCues(notice, ['code-notice', 'do-not-share']);
    assert.deepEqual(spans(notice, 'do-not-share'), ['kimseyle paylaşmayınız']);
    const request = 'Merhaba, yanlışlıkla size kod gönderdim, kodu bana gönderir misiniz?';
    expectCues(request, ['code-request']);
    assert.deepEqual(spans(request, 'code-request'), [
      'yanlışlıkla size kod',
      'size kod gönderdim',
      'kodu bana gönderir misiniz',
    ]);
    expectLanguage(request, 'tr');
  });
});

describe('findCues: Russian', () => {
  it('reads a parcel scam', () => {
    const text = 'Ваша посылка не может быть доставлена. Оплатите доставку по ссылке';
    expectCues(text, ['click', 'delivery', 'delivery-problem', 'fee', 'transfer']);
    assert.deepEqual(spans(text, 'delivery'), ['Ваша посылка', 'доставку']);
    expectLanguage(text, 'ru');
  });

  it('keeps the three code cues apart and folds ё', () => {
    const notice = 'Код подтверждения: 4821. Никому не сообщайте этот код.';
    expectCues(notice, ['code-notice', 'do-not-share']);
    assert.deepEqual(spans(notice, 'code-notice'), ['Код подтверждения: 4821']);
    const vishing = 'Назовите код из смс, чтобы перевести средства на безопасный счёт';
    expectCues(vishing, ['bank', 'code-request', 'safe-account']);
    assert.deepEqual(spans(vishing, 'code-request'), ['Назовите код из смс']);
    assert.deepEqual(spans(vishing, 'safe-account'), [
      'перевести средства на',
      'на безопасный счёт',
    ]);
  });
});

describe('findCues: Portuguese', () => {
  it('reads a Brazilian customs scam with the accents dropped', () => {
    const text = 'Correios: sua encomenda esta retida. Pague a taxa de R$ 9,90 para liberacao';
    expectCues(text, ['delivery', 'delivery-problem', 'fee']);
    assert.deepEqual(spans(text, 'delivery-problem'), ['sua encomenda esta retida']);
    expectLanguage(text, 'pt');
  });

  it('keeps the three code cues apart', () => {
    const notice = 'Seu código de verificação é 123456. Não compartilhe com ninguém.';
    expectCues(notice, ['code-notice', 'do-not-share']);
    const request = 'Oi mãe, é meu número novo. Te enviei um código por engano, me passa o código?';
    expectCues(request, ['code-request', 'family']);
    assert.deepEqual(spans(request, 'family'), ['Oi mãe', 'meu número novo']);
    expectCues('Não informe o código a ninguém', ['do-not-share']);
  });
});

describe('findCues: German', () => {
  it('reads a customs scam', () => {
    const text =
      'Ihr Paket konnte nicht zugestellt werden. Bitte zahlen Sie die Zollgebühr von 1,99 €.';
    expectCues(text, ['delivery', 'delivery-problem', 'fee']);
    assert.deepEqual(spans(text, 'fee'), ['Zollgebühr']);
    expectLanguage(text, 'de');
  });

  it('keeps the three code cues apart', () => {
    const notice = 'Ihr Bestätigungscode lautet 482913. Geben Sie den Code nicht weiter.';
    expectCues(notice, ['code-notice', 'do-not-share']);
    const request =
      'Hallo, ich habe dir versehentlich einen Code geschickt, kannst du ihn mir schicken?';
    expectCues(request, ['code-request']);
    expectCues('Nennen Sie mir die TAN', ['code-request']);
  });
});

describe('findCues: Hindi', () => {
  it('reads Hinglish', () => {
    const text = 'Dear customer aapka khata band ho jayega. KYC update karein turant';
    expectCues(text, ['account-problem', 'bank', 'threat', 'urgency']);
    assert.deepEqual(spans(text, 'account-problem'), ['aapka khata band', 'KYC update karein']);
    expectLanguage(text, 'hi');
    const request = 'Sir galti se aapke number par OTP aa gaya, OTP bata dijiye';
    expectCues(request, ['code-request']);
    expectCues('OTP share karein', ['code-request']);
    expectCues('OTP kisi ke saath share na karein', ['do-not-share']);
  });

  it('reads Devanagari', () => {
    const notice = 'आपका ओटीपी 482913 है। इसे किसी के साथ साझा न करें।';
    expectCues(notice, ['code-notice', 'do-not-share']);
    assert.deepEqual(spans(notice, 'do-not-share'), ['किसी के साथ साझा न करें']);
    const scam = 'प्रिय ग्राहक, आपका खाता ब्लॉक कर दिया गया है। केवाईसी अपडेट करें';
    expectCues(scam, ['account-problem', 'bank']);
    assert.deepEqual(spans(scam, 'account-problem'), ['खाता ब्लॉक कर दिया गया', 'केवाईसी अपडेट करें']);
    expectLanguage(scam, 'hi');
    expectCues('कृपया ओटीपी बताइए', ['code-request']);
  });
});

describe('findCues: Indonesian', () => {
  it('reads a parcel scam', () => {
    const text =
      'Paket anda tertahan di gudang karena alamat tidak lengkap. Segera perbarui alamat anda';
    expectCues(text, ['delivery', 'delivery-problem', 'urgency']);
    assert.deepEqual(spans(text, 'delivery-problem'), [
      'tertahan di gudang',
      'alamat tidak lengkap',
      'perbarui alamat anda',
    ]);
    expectLanguage(text, 'id');
  });

  it('keeps the three code cues apart', () => {
    const notice = 'Kode OTP anda adalah 482913. JANGAN BERIKAN kode ini kepada siapapun.';
    expectCues(notice, ['code-notice', 'do-not-share']);
    assert.deepEqual(spans(notice, 'do-not-share'), ['JANGAN BERIKAN kode ini', 'kepada siapapun']);
    const request = 'Maaf kak, tadi saya salah kirim kode ke nomor kakak, tolong kirim kodenya ya';
    expectCues(request, ['code-request']);
    expectCues('Jangan kirim kode ini ke orang lain', ['do-not-share']);
  });
});

describe('findCues: spans and folding', () => {
  it('reads full-width Latin', () => {
    const text = 'ＹＯＵＲ ＰＡＣＫＡＧＥ is on hold';
    assert.deepEqual(spans(text, 'delivery'), ['ＹＯＵＲ ＰＡＣＫＡＧＥ']);
    assert.deepEqual(spans(text, 'delivery-problem'), ['ＰＡＣＫＡＧＥ is on hold']);
  });

  it('maps spans back after emoji and NFKC expansion', () => {
    const text = '📦🚚 Gemäß Zoll: ﬁnal notice! ㎏ Your parcel 📦';
    assert.deepEqual(spans(text, 'urgency'), ['ﬁnal notice']);
    assert.deepEqual(spans(text, 'delivery'), ['Your parcel']);
    const emoji = '🎁🎁 Congratulations!!! 🎉 You have WON 🎉';
    assert.deepEqual(spans(emoji, 'prize'), ['Congratulations', 'You have WON']);
  });

  it('matches digit runs for #', () => {
    for (const text of [
      'send me the 6-digit code',
      'send me the 6 digit code',
      'send me the 6digit code',
    ]) {
      assert.deepEqual(spans(text, 'code-request'), [text], text);
    }
    assert.deepEqual(spans('Kode 6 digit yang masuk tadi', 'code-request'), ['Kode 6 digit yang']);
    assert.deepEqual(spans('Up to 70%OFF today', 'discount'), ['Up to 70%OFF']);
  });

  it('finds the shopping events', () => {
    for (const text of [
      'Black Friday deals',
      'CYBER MONDAY',
      'Prime Day',
      "Singles' Day",
      '11.11 sale',
      'Double 11',
      'Harbolnas 12.12',
      'White Friday',
      'Efsane Cuma',
      'Büyük İndirim',
      'عروض الجمعة البيضاء',
      'Черная пятница',
    ]) {
      assert.ok(cuesOf(text).includes('shopping-event'), text);
    }
  });
});

describe('detectLanguage', () => {
  const samples: [string, CueLanguage][] = [
    ['Your parcel is waiting for you, please confirm the address', 'en'],
    ['شحنتك في الطريق إليك', 'ar'],
    ['Ciao, il tuo pacco è in consegna oggi', 'it'],
    ['Bonjour, votre colis est en cours de livraison', 'fr'],
    ['Hola, su pedido está en camino', 'es'],
    ['Merhaba, siparişiniz kargoya verildi', 'tr'],
    ['Здравствуйте, ваша посылка в пути', 'ru'],
    ['Olá, a sua encomenda foi enviada', 'pt'],
    ['Hallo, Ihr Paket ist unterwegs und wird heute zugestellt', 'de'],
    ['आपका पार्सल आज पहुंचेगा', 'hi'],
    ['Aapka order kal deliver ho jayega', 'hi'],
    ['Halo kak, paket anda sedang dalam perjalanan', 'id'],
  ];
  for (const [text, lang] of samples) {
    it(`${lang}: ${text}`, () => {
      assert.equal(detectLanguage(text), lang);
    });
  }
  it('is unsure of short or empty text', () => {
    assert.equal(detectLanguage('ok 123'), null);
    assert.equal(detectLanguage(''), null);
    assert.equal(detectLanguage('👍'), null);
  });
});

describe('foldText', () => {
  it('keeps an offset map into the original text', () => {
    const text = 'İyi ŞANSLAR ß ﬁx 50%OFF — أَحْمَد';
    const { folded, map } = foldText(text);
    assert.equal(folded, 'iyi sanslar ss fix 50 % off احمد');
    assert.equal(map.length, folded.length + 1);
    assert.equal(map[folded.length], text.length);
    const at = (s: string): string => {
      const i = folded.indexOf(s);
      return text.slice(map[i], map[i + s.length]);
    };
    assert.equal(at('sanslar'), 'ŞANSLAR');
    assert.equal(at('fix'), 'ﬁx');
    assert.equal(at('off'), 'OFF');
    assert.equal(at('احمد'), 'أَحْمَد');
  });
});

describe('compileLexicon', () => {
  const lexicon = compileLexicon({
    en: { 'code-request': ['send # code back'], delivery: ['parcel*'], urgency: ['24 hours'] },
    ar: { bank: ['بنك'] },
  });

  it('reads #, literal digits and a trailing *', () => {
    const text = 'Send 6 code back: your parcels arrive in 24 hours, not 48 hours';
    const found = lexicon.findCues(text);
    assert.deepEqual(spans(text, 'code-request', found), ['Send 6 code back']);
    assert.deepEqual(spans(text, 'delivery', found), ['parcels']);
    assert.deepEqual(spans(text, 'urgency', found), ['24 hours']);
  });

  it('matches Arabic phrases behind attached proclitics', () => {
    const text = 'حول المبلغ بالبنك وللبنك والبنك';
    assert.deepEqual(spans(text, 'bank', lexicon.findCues(text)), ['بالبنك', 'وللبنك', 'والبنك']);
  });

  it('rejects phrases it cannot match', () => {
    assert.throws(() => compilePhrase('  !! '), /empty/);
    assert.throws(() => compilePhrase('par*cel'), /only at the end/);
    assert.throws(() => compilePhrase('#5 off'), /next to a digit/);
  });
});

describe('lexicon data', () => {
  it('has phrases for every cue in every language, and the scam cues in the others', () => {
    const scamCues: Cue[] = [
      'code-request',
      'code-notice',
      'do-not-share',
      'transfer',
      'card-data',
      'secrecy',
      'stay-on-line',
      'urgency',
      'account-problem',
      'points-expire',
      'delivery-problem',
      'fee',
      'family',
    ];
    for (const lang of CUE_LANGUAGES) {
      const partial = (SCAM_CUE_LANGUAGES as readonly string[]).includes(lang);
      for (const cue of partial ? scamCues : CUES) {
        assert.ok((LEXICON[lang][cue] ?? []).length > 0, `${lang} ${cue}`);
      }
    }
  });

  it('compiles every phrase, and each phrase written as a message yields its cue', () => {
    const failures: string[] = [];
    for (const lang of CUE_LANGUAGES) {
      for (const cue of CUES) {
        for (const phrase of LEXICON[lang][cue] ?? []) {
          compilePhrase(phrase);
          const text = phrase.replaceAll('#', '123').replace(/\*$/, '');
          const found = findCues(text);
          const whole = found.some(
            (m) => m.cue === cue && m.span.start === 0 && m.span.end === text.length,
          );
          if (!whole) failures.push(`${lang} ${cue}: ${phrase}`);
          if (CODE_CUES.includes(cue)) {
            const others = found.filter((m) => CODE_CUES.includes(m.cue) && m.cue !== cue);
            if (others.length)
              failures.push(`${lang} ${cue}: ${phrase} also reads as ${others[0]!.cue}`);
          }
        }
      }
    }
    assert.deepEqual(failures, []);
  });

  it('never lists one phrase under two of the code cues', () => {
    const seen = new Map<string, string>();
    const conflicts: string[] = [];
    for (const lang of CUE_LANGUAGES) {
      for (const cue of CODE_CUES) {
        for (const phrase of LEXICON[lang][cue] ?? []) {
          const p = compilePhrase(phrase);
          const key = `${p.skeleton}${p.prefix ? '*' : ''}|${p.digits.join(',')}`;
          const before = seen.get(key);
          if (before !== undefined && !before.endsWith(` ${cue}`)) {
            conflicts.push(`${phrase}: ${before} and ${lang} ${cue}`);
          } else seen.set(key, `${lang} ${cue}`);
        }
      }
    }
    assert.deepEqual(conflicts, []);
  });
});
