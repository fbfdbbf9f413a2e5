/**
 * Everyday personal texts written by the project, so that the text model learns that family
 * words ("maman", "mamá", "Mami", "엄마", "妈") and "wrong number" phrasing are ordinary: the
 * scam templates use them, and without this side the model flagged plain family chat. Every
 * template here was written for this project from general knowledge, not copied or paraphrased
 * from any corpus. Kinds, all legitimate:
 *
 * - family chat: dinner, pick-ups, groceries, being late, health, congratulations, "I'm home";
 * - friends and colleagues: meeting times, running late, birthdays, plans, photos, thanks;
 * - wrong number reply: "sorry, wrong number, I'm not X", "who is this?", polite refusals;
 * - personal appointment: plumber, tutor, hairdresser, landlord, a neighbour with a parcel;
 * - money between people: paying back, splitting a bill, a birthday gift; no link, no code, no
 *   pressure about accounts.
 *
 * None asks for a code, carries a link, or announces a new number. Deterministic: templates are
 * filled by `seededRandom`, one stream per template, so the same code gives the same texts.
 */
import { TemplateFill, fillTemplates, type TemplateSet as TemplateSetOf } from './template-fill.js';

export type EverydayKind =
  | 'family chat'
  | 'friends and colleagues'
  | 'wrong number reply'
  | 'personal appointment'
  | 'money between people';

export interface EverydayMessage {
  readonly text: string;
  readonly lang: string;
  readonly kind: EverydayKind;
}

/** Draws of one template's fill. */
class Fill extends TemplateFill {
  /** `s` half of the time, else nothing: emojis and sign-offs that people add or leave out. */
  maybe(s: string): string {
    return this.next() < 0.5 ? s : '';
  }

  /** A bill split evenly: [total, share, people], the total a multiple of the share. */
  split(lo: number, hi: number, step = 1): [number, number, number] {
    const people = this.int(2, 5);
    const share = this.int(lo, hi) * step;
    return [share * people, share, people];
  }
}

type TemplateSet = TemplateSetOf<Fill, EverydayKind>;

/** Thousands with a dot (1.200) or a comma (1,200). */
function grouped(n: number, sep: '.' | ',' | ' '): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

// ---------------------------------------------------------------------------------------------
// English: UK, US, Irish, Australian, Indian and Nigerian everyday styles.

const EN_N = [
  'Sam',
  'Jess',
  'Tom',
  'Priya',
  'Chloe',
  'Dan',
  'Aisha',
  'Liam',
  'Emeka',
  'Megan',
  'Josh',
  'Hannah',
  'Ravi',
  'Sophie',
  'Ben',
  'Grace',
];
const EN_T = ['6', '6.30', '7', 'half 7', '8', '8:15', '9ish', '10'];
const EN_DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_P = [
  'the station',
  'Costa on the high street',
  'the Red Lion',
  'the front of the cinema',
  'the car park at Tesco',
  'the bus stop by the library',
  "Nando's",
  'the park gates',
];
const EN_MUM = ['Mum', 'Mom', 'Mam', 'Mummy', 'Ma'];
const EN_DAD = ['Dad', 'Daddy', 'Pops'];

const ENGLISH: readonly TemplateSet[] = [
  {
    lang: 'en',
    kind: 'family chat',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(EN_MUM)} I'm gonna be late, ` +
        f.pick(['train is delayed', 'stuck in traffic', 'practice ran over', 'meeting ran on']) +
        `. Home by ${f.pick(EN_T)}${f.maybe(' x')}`,
      (f) =>
        `${f.pick(EN_DAD)} can you pick me up from ` +
        `${f.pick(['school', 'the station', "Jess's", 'football', 'work'])} at ${f.pick(EN_T)}?` +
        f.maybe(' Thanks!!'),
      (f) =>
        `Dinner's at ${f.pick(['6', '6.30', '7', 'half 7'])}, ` +
        f.pick(['lasagne', 'chicken curry', 'roast', 'tacos']) +
        `. Can you grab ${f.pick(['milk', 'bread', 'some eggs', 'a bag of rice', 'garlic'])}` +
        ` on the way home?`,
      (f) =>
        `${f.pick(['Home now', 'Just got in', 'Back home safe', "I'm home"])}!${f.maybe(' 👍')} ` +
        `${f.pick(['Thanks for dinner', 'Thanks for having us', 'Lovely day'])}, ` +
        `${f.pick(['love you', 'talk tomorrow', 'night night', 'see you Sunday'])} x`,
      (f) =>
        `${f.pick([...EN_MUM, ...EN_DAD, 'Nan'])}, call me when you can, ` +
        `nothing urgent, just about ` +
        f.pick(['Sunday', 'the weekend', 'Christmas', "Grandad's birthday", 'the holiday']),
      (f) =>
        `Congrats on the ${f.pick(['new job', 'exam results', 'driving test', 'promotion'])}, ` +
        `${f.pick(EN_N)}!! So proud of you ❤️${f.maybe(' Celebrate at the weekend?')}`,
      (f) =>
        `How's ${f.pick(['your knee', 'your back', "Dad's cold", 'the cough', 'your tooth'])} ` +
        `today? ` +
        f.pick(['Did you see the GP?', "Don't forget your tablets.", 'Hope you slept ok.']),
      (f) =>
        `${f.pick(EN_N)} did you take my ` +
        f.pick(['charger', 'hoodie', 'hairbrush', 'umbrella']) +
        ` again 😤 ${f.pick(['bring it back pls', 'I need it tomorrow', "it's not yours"])}`,
    ],
  },
  {
    lang: 'en',
    kind: 'friends and colleagues',
    per: 3,
    templates: [
      (f) =>
        `Running ${f.int(5, 20)} mins late, sorry! ` +
        f.pick(['Grab a table', 'Order me a flat white', 'Start without me', 'Wait inside']) +
        ` and I'll be there asap`,
      (f) =>
        `Happy birthday ${f.pick(EN_N)}!! 🎉 Hope you have an amazing day, ` +
        `drinks on me ${f.pick(['Friday', 'this weekend', 'next week'])}`,
      (f) =>
        `Are we still on for ` +
        f.pick(['coffee', 'lunch', 'the gym', 'five-a-side', 'the cinema']) +
        ` ${f.pick(['tomorrow', 'on Saturday', 'tonight'])}? Meet at ${f.pick(EN_P)} at ` +
        `${f.pick(EN_T)}?`,
      (f) =>
        `Can you send me the pics from ` +
        f.pick(['the wedding', 'Saturday', 'the bbq', 'the hike']) +
        `? The one with ${f.pick(EN_N)} is hilarious 😂`,
      (f) =>
        `Thanks so much for ` +
        f.pick(['dinner last night', 'helping me move', 'the lift', 'covering my shift']) +
        `, owe you one!${f.maybe(' 🙏')}`,
      (f) =>
        `Hi ${f.pick(EN_N)}, working from home today, ` +
        `${f.pick(['dentist at 2', "the kid's off sick", 'waiting in for a delivery'])}. ` +
        `Can you tell ${f.pick(EN_N)} I'll join the ` +
        `${f.pick(['10', '11.30', '2'])} o'clock on Teams?`,
      (f) =>
        `Morning! Bit late in, ` +
        f.pick(["bus didn't show", 'dropping the kids off', 'roadworks']) +
        `. Be there by ${f.pick(['9.15', '9.30', 'half 9', '10'])}`,
      (f) =>
        `Fancy ${f.pick(['a curry', 'Thai', 'pizza', 'tapas'])} ` +
        `${f.pick(['tonight', 'after work', 'Sunday'])}? ${f.pick(EN_N)} is coming too. ` +
        f.pick(['', `Their number's 020 7946 0${f.int(100, 999)} if you want to book a table`]),
    ],
  },
  {
    lang: 'en',
    kind: 'wrong number reply',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Sorry', 'Hi', 'Hiya'])}, I think you have the wrong number. ` +
        `I'm not ${f.pick(EN_N)}.`,
      (f) =>
        `${f.pick(['Sorry who is this?', "Hi, who's this?", 'Sorry, who is this please?'])} ` +
        f.pick([
          "I don't have this number saved.",
          "Think you've got the wrong person.",
          'Did you mean to text someone else?',
        ]),
      (f) =>
        `Wrong number ${f.pick(['mate', 'sorry', 'I think'])}, no ${f.pick(EN_N)} here. ` +
        f.pick(['Hope you find them!', 'Good luck!', 'Have a good one']),
      (f) =>
        `Hi, I got your message about ` +
        f.pick(['football practice', 'the viewing', 'the dog walk', 'book club', 'the party']) +
        ` but I don't think it was meant for me, I don't know anyone called ${f.pick(EN_N)}.`,
      (f) =>
        `Haha no worries! Happy birthday to ${f.pick(EN_N)} anyway 😄 ` +
        `but you've got the wrong number`,
      (f) =>
        `Thanks for asking but I can't make it ${f.pick(EN_DAY)}, ` +
        `${f.pick(["I'm working", 'got family over', 'away that weekend'])}. Have fun though!`,
      (f) =>
        `${f.pick(["I'm not", "This isn't"])} ${f.pick(EN_N)}, sorry! ` +
        `${f.pick(["I think you've mistyped", 'Wrong person', 'You must have the wrong one'])}.`,
      (f) =>
        `Thanks but I'll pass on ${f.pick(['the quiz', 'the trip', 'drinks', 'the run'])} ` +
        `this time, ${f.pick(['bit skint', 'knackered', 'too much on'])}. Next time defo`,
    ],
  },
  {
    lang: 'en',
    kind: 'personal appointment',
    per: 3,
    templates: [
      (f) =>
        `Hi, it's ${f.pick(EN_N)} the plumber. I can come ${f.pick(EN_DAY)} around ` +
        `${f.pick(['8', '9', '10', '1', '2'])} to look at the ` +
        `${f.pick(['boiler', 'leak under the sink', 'shower', 'radiator'])}. Does that work?`,
      (f) =>
        `Hi ${f.pick(EN_N)}, just confirming ` +
        `${f.pick(['maths', 'piano', 'English', 'chemistry', 'guitar'])} with ` +
        `${f.pick(['Ella', 'Noah', 'Zara', 'Alfie'])} on ${f.pick(EN_DAY)} at ` +
        `${f.pick(['4', '4.30', '5', '6'])}. See you then!`,
      (f) =>
        `Hiya, your ${f.pick(['cut', 'colour', 'trim', 'cut and blow dry'])} is booked for ` +
        `${f.pick(EN_DAY)} at ${f.pick(['10', '11.30', '2', '3.15'])} with ` +
        `${f.pick(['Kerry', 'Jade', 'me'])}. Let me know if you need to move it x`,
      (f) =>
        `Hi, it's ${f.pick(EN_N)} (landlord). The ` +
        f.pick(['gas safety check', 'electrician', 'window man', 'boiler service']) +
        ` is coming ${f.pick(EN_DAY)} between ${f.pick(['8 and 12', '9 and 1', '12 and 4'])}. ` +
        `Is that ok?`,
      (f) =>
        `Hi, it's ${f.pick(EN_N)} from number ${f.int(2, 48)}. I took in a parcel for you ` +
        `today, pop round whenever you're home 🙂`,
      (f) =>
        `Hi it's ${f.pick(EN_N)}, could I come ` +
        f.pick(['Wednesday not Tuesday', 'an hour later on Friday', 'Thursday morning']) +
        ` to clean this week? Sorry for the change`,
      (f) =>
        `Car's ready. Replaced the ${f.pick(['front brake pads', 'battery', 'back tyre'])}, ` +
        `you can pick it up any time before ${f.pick(['5', '5.30', '6'])}. ${f.pick(EN_N)}`,
      (f) =>
        `Hi ${f.pick(EN_N)}, yes I can babysit ${f.pick(EN_DAY)} from ` +
        f.pick(['6', '7', '7.30']) +
        `. What time do you think you'll be back?`,
    ],
  },
  {
    lang: 'en',
    kind: 'money between people',
    per: 3,
    templates: [
      (f) =>
        `Just sent you ${f.pick(['£', '$'])}${f.int(10, 60)} for the ` +
        `${f.pick(['tickets', 'pizza', 'taxi', 'concert', 'petrol'])}, thanks for sorting it!`,
      (f) =>
        `Can you pay for the ${f.pick(['pizza', 'takeaway', 'Uber', 'drinks'])}? ` +
        `I'll send you my half ${f.pick(['tomorrow', 'when I get paid Friday', 'tonight'])}`,
      (f) => {
        const [total, share, people] = f.split(12, 45);
        const cur = f.pick(['£', '$', '€']);
        return (
          `${f.pick(['Dinner', 'The meal', 'Brunch'])} came to ${cur}${total} for the ${people} ` +
          `of us, so ${cur}${share} each. No rush 🙂`
        );
      },
      (f) =>
        `Paid you back for ${f.pick(['the flights', 'the Airbnb', 'the concert', 'the shop'])}` +
        `, should be with you now. Thanks again!`,
      (f) =>
        `Did I ever pay you for ${f.pick(['the petrol', "Sam's present", 'the cinema'])}? ` +
        `Can't remember, tell me what I owe you`,
      (f) =>
        `I put in ${f.pick(['£', '$'])}${f.int(10, 30)} for ${f.pick(EN_N)}'s leaving present ` +
        `from both of us, give me your half whenever`,
      (f) =>
        `Thanks for the ${f.pick(['£', '$'])}${f.pick([20, 25, 50])} for my birthday ` +
        `${f.pick(['Nan', 'Grandma', 'Auntie'])}! Putting it towards ` +
        `${f.pick(['new trainers', 'a book', 'my trip'])} ❤️`,
      (f) =>
        `Rent is £${f.pick([450, 520, 600, 675])} each as usual. I'll pay it ${f.pick(EN_DAY)}` +
        `, just send yours before then when you can`,
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// French, German, Spanish, Italian, Portuguese.

const FR_N = ['Camille', 'Julien', 'Léa', 'Thomas', 'Chloé', 'Nico', 'Manon', 'Hugo', 'Inès'];
const FR_T = ['18h', '18h30', '19h', '19h30', '20h', '20h15', '21h'];
const FR_DAY = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

const DE_N = ['Lena', 'Jonas', 'Anna', 'Felix', 'Marie', 'Lukas', 'Sophie', 'Tim', 'Mehmet'];
const DE_T = ['18 Uhr', 'halb 7', '19 Uhr', 'halb 8', '20 Uhr', 'viertel nach 6'];
const DE_DAY = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

const ES_N = ['Carlos', 'Lucía', 'Javi', 'María', 'Pablo', 'Sofía', 'Diego', 'Marta', 'Andrés'];
const ES_T = ['7', '7 y media', '8', '8 y cuarto', '9', '9 y media', '10'];
const ES_DAY = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];

const IT_N = ['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Matteo', 'Sara', 'Ale'];
const IT_T = ['18', '18:30', '19', '19:30', '20', '20:30', '21'];
const IT_DAY = ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'];

const PT_N = ['Ana', 'João', 'Mariana', 'Pedro', 'Bia', 'Lucas', 'Camila', 'Rafa', 'Thiago'];
/** Names with their article, as Brazilians say them: o João, a Ana. */
const PT_WHO = ['o João', 'a Ana', 'o Pedro', 'a Mariana', 'o Lucas', 'a Bia', 'o Rafa'];
const PT_T = ['6', '6 e meia', '7', '7 e meia', '8', '9'];
const PT_DAY = ['segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado'];

const EUROPEAN: readonly TemplateSet[] = [
  {
    lang: 'fr',
    kind: 'family chat',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Maman', 'Mam', 'Papa'])} je rentre tard ce soir, ` +
        f.pick(['réunion qui traîne', 'le RER est en retard', 'entraînement jusqu’à 20h']) +
        `. ${f.pick(['Gardez-moi une assiette', 'Mangez sans moi', 'Je serai là vers 21h'])}` +
        f.maybe(' 😘'),
      (f) =>
        `Papa tu peux venir me chercher ` +
        f.pick(['à la gare', 'au lycée', 'chez Léa', 'au foot']) +
        ` vers ${f.pick(FR_T)} ? ${f.pick(['Merci !!', 'Stp', 'Je t’attends devant'])}`,
      (f) =>
        `Maman tu peux prendre ${f.pick(['du pain', 'des œufs', 'du lait', 'une baguette'])} ` +
        `en passant ? On mange à ${f.pick(FR_T)}${f.maybe('. Bisous')}`,
      (f) =>
        `${f.pick(['Bien rentrée', 'Bien arrivés', 'Je suis à la maison'])} ` +
        `${f.pick(['maman', 'papa', 'mamie'])} !${f.maybe(' ❤️')} ` +
        f.pick([
          'Merci pour le repas.',
          'Appelle-moi quand tu peux, rien de grave.',
          'Et bravo encore pour ta retraite 🥂',
          'Tu as pris tes médicaments ?',
        ]),
    ],
  },
  {
    lang: 'fr',
    kind: 'friends and colleagues',
    per: 3,
    templates: [
      (f) =>
        `Désolé j’ai ${f.int(5, 20)} min de retard, ` +
        `${f.pick(['métro bloqué', 'pas de place pour me garer', 'j’ai raté le bus'])} 🙈`,
      (f) =>
        `Joyeux anniversaire ${f.pick(FR_N)} !! 🎉 ` +
        f.pick(['Profite bien', 'On fête ça samedi ?', 'Gros bisous']),
      (f) =>
        `Toujours ok pour ${f.pick(['le ciné', 'le café', 'le resto', 'le foot'])} ` +
        `${f.pick(['demain', 'samedi', 'ce soir'])} ? ` +
        `${f.pick(['Rdv', 'On se retrouve'])} ` +
        f.pick(['à Châtelet', 'place Bellecour', 'au Vieux-Port', 'devant la gare']) +
        ` à ${f.pick(FR_T)} ?`,
      (f) =>
        f.pick([
          `Tu peux m’envoyer les photos ${f.pick(['du mariage', 'de samedi', 'de la rando'])} ? 😂`,
          `Merci encore pour ${f.pick(['hier soir', 'le coup de main pour le déménagement'])} !`,
          `Salut ${f.pick(FR_N)}, je suis en télétravail aujourd’hui, je rejoins la réunion de ` +
            `${f.pick(['10h', '14h', '15h30'])} en visio.`,
        ]),
    ],
  },
  {
    lang: 'fr',
    kind: 'wrong number reply',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Bonjour', 'Désolé', 'Pardon'])}, je crois que vous vous êtes trompé de ` +
        `numéro, je ne suis pas ${f.pick(FR_N)}.`,
      (f) =>
        `${f.pick(['C’est qui ?', 'Qui est-ce ?', 'Euh c’est qui svp ?'])} ` +
        f.pick(['Je n’ai pas ce numéro enregistré', 'Je crois que c’est une erreur']),
      (f) =>
        `Je pense que ce message n’était pas pour moi, je ne connais personne qui s’appelle ` +
        `${f.pick(FR_N)}. ` +
        f.pick(['Bonne soirée !', 'Bonne chance pour le retrouver', 'Bonne journée']),
      (f) =>
        `Merci pour l’invit mais ${f.pick(FR_DAY)} je ne peux pas, ` +
        `${f.pick(['je bosse', 'on a un repas de famille', 'je suis pas là'])}. Amusez-vous bien !`,
    ],
  },
  {
    lang: 'fr',
    kind: 'personal appointment',
    per: 3,
    templates: [
      (f) =>
        `Bonjour, ${f.pick(['Patrick', 'Karim', 'Didier'])} le plombier. Je peux passer ` +
        `${f.pick(FR_DAY)} vers ` +
        `${f.pick(['8h30', '10h', '14h'])} pour ` +
        f.pick(['la fuite', 'le chauffe-eau', 'l’évier']) +
        `, ça vous va ?`,
      (f) =>
        `Bonjour, je confirme le cours de ${f.pick(['maths', 'piano', 'anglais'])} de ` +
        `${f.pick(['Lucas', 'Jade', 'Noé'])} ${f.pick(FR_DAY)} à ` +
        f.pick(['17h', '17h30', '18h']) +
        `. Bonne soirée`,
      (f) =>
        `Bonsoir, c’est ${f.pick(FR_N)} du ${f.int(2, 6)}e, j’ai récupéré un colis pour vous ` +
        `cet après-midi. Passez quand vous voulez 🙂`,
      (f) =>
        f.pick([
          `Bonjour, votre coupe est notée ${f.pick(FR_DAY)} à ${f.pick(['10h', '15h'])} au salon.`,
          `Bonjour, c’est votre propriétaire : le chauffagiste passe ${f.pick(FR_DAY)} matin, ` +
            `merci de me dire si vous êtes là.`,
        ]),
    ],
  },
  {
    lang: 'fr',
    kind: 'money between people',
    per: 3,
    templates: [
      (f) =>
        `Je t’ai fait le virement pour ` +
        f.pick(['les places', 'le concert', 'le billet de train']) +
        ` (${f.int(15, 80)} €) 👍`,
      (f) =>
        `Tu peux payer ${f.pick(['les pizzas', 'le taxi', 'l’apéro'])} ? ` +
        `Je te rembourse ${f.pick(['demain', 'ce soir', 'par Lydia'])}`,
      (f) => {
        const [total, share] = f.split(12, 40);
        return `L’addition fait ${total} €, donc ${share} € chacun. Pas de rush 🙂`;
      },
      (f) =>
        `Merci ${f.pick(['mamie', 'papi', 'tata'])} pour les sous pour mon anniversaire ❤️ ` +
        `Je vais m’acheter ${f.pick(['un livre', 'des baskets', 'un jeu'])}`,
    ],
  },
  // German
  {
    lang: 'de',
    kind: 'family chat',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Mami', 'Mama', 'Mamaaa'])} ich komm heute später, ` +
        f.pick(['Zug hat Verspätung', 'Training geht länger', 'muss noch was für die Uni machen']) +
        `. So gegen ${f.pick(DE_T)}${f.maybe(' 😘')}`,
      (f) =>
        `Papa kannst du mich um ${f.pick(DE_T)} ` +
        `${f.pick(['vom Bahnhof', 'vom Training', 'von der Schule', 'bei Lena'])} abholen?`,
      (f) =>
        `Kannst du auf dem Heimweg noch ` +
        f.pick(['Milch', 'Brot', 'Eier und Butter', 'Klopapier']) +
        ` mitbringen? Essen gibt's um ${f.pick(DE_T)}`,
      (f) =>
        `${f.pick(['Bin gut zuhause angekommen', 'Bin daheim', 'Sind gut angekommen'])}!` +
        `${f.maybe(' 👍')} ` +
        f.pick([
          'Danke fürs Essen, Mama!',
          'Grüß Papa!',
          'Ruf mich an, wenn du Zeit hast.',
          'Gute Besserung Oma!',
        ]),
    ],
  },
  {
    lang: 'de',
    kind: 'friends and colleagues',
    per: 3,
    templates: [
      (f) =>
        `Sorry, bin ${f.int(5, 20)} Min später, ` +
        `${f.pick(['Bahn steht', 'find keinen Parkplatz', 'hab den Bus verpasst'])} 🙈`,
      (f) =>
        `Alles Gute zum Geburtstag, ${f.pick(DE_N)}! 🎉 ` +
        f.pick(['Feier schön!', 'Lass dich feiern!', 'Wir holen das Bier nach!']),
      (f) =>
        `Steht ${f.pick(['Kaffee', 'Kino', 'Grillen', 'Bouldern'])} ` +
        `${f.pick(['morgen', 'am Samstag', 'heute Abend'])} noch? Treffen uns ` +
        `${f.pick(['am Hbf', 'am Marktplatz', 'vorm Kino', 'beim Italiener'])} um ${f.pick(DE_T)}?`,
      (f) =>
        f.pick([
          `Kannst du mir die Fotos von ${f.pick(['der Hochzeit', 'Samstag'])} schicken? 😂`,
          `Danke nochmal fürs ${f.pick(['Helfen beim Umzug', 'Mitnehmen', 'Einspringen'])}!`,
          `Hi ${f.pick(DE_N)}, bin heute im Homeoffice, das Meeting um ` +
            `${f.pick(['10', '14', '15:30'])} mach ich per Teams mit.`,
        ]),
    ],
  },
  {
    lang: 'de',
    kind: 'wrong number reply',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Sorry', 'Hallo', 'Entschuldigung'])}, falsche Nummer. ` +
        `Ich bin nicht ${f.pick(DE_N)}.`,
      (f) =>
        `${f.pick(['Wer ist da?', 'Wer ist das?', 'Sorry, wer bist du?'])} ` +
        f.pick(['Hab die Nummer nicht gespeichert.', 'Ich glaub, du hast dich vertippt.']),
      (f) =>
        `Hallo, die Nachricht war wohl nicht für mich, ich kenne niemanden namens ` +
        `${f.pick(DE_N)}. ${f.pick(['Viel Glück!', 'Schönen Abend noch', 'LG'])}`,
      (f) =>
        `Danke für die Einladung, aber ${f.pick(DE_DAY)} klappt's bei mir leider nicht. ` +
        f.pick(['Viel Spaß euch!', 'Nächstes Mal gern!']),
    ],
  },
  {
    lang: 'de',
    kind: 'personal appointment',
    per: 3,
    templates: [
      (f) =>
        `Guten Tag, hier ${f.pick(DE_N)} vom Sanitärbetrieb. Ich komme ${f.pick(DE_DAY)} gegen ` +
        `${f.pick(['8', '9', '13'])} Uhr wegen ` +
        f.pick(['der Heizung', 'dem Wasserhahn', 'der Therme']) +
        `. Passt das?`,
      (f) =>
        `Hallo, hier ${f.pick(DE_N)}, die Nachhilfe für ${f.pick(['Ben', 'Mia', 'Emil'])} ist ` +
        `diese Woche ${f.pick(DE_DAY)} um ${f.pick(['15', '16', '17'])} Uhr. LG`,
      (f) =>
        `Hallo, ich hab heute ein Paket für Sie angenommen, ${f.pick(DE_N)} aus dem ` +
        `${f.int(1, 4)}. Stock. ${f.pick(['Klingeln Sie einfach', 'Ab 18 Uhr bin ich da'])}`,
      (f) =>
        f.pick([
          `Hallo, dein Termin zum Schneiden ist ${f.pick(DE_DAY)} um ${f.pick(['10', '15'])} Uhr.`,
          `Hallo, der Schornsteinfeger kommt ${f.pick(DE_DAY)} zwischen 8 und 12 Uhr. ` +
            `Grüße, ${f.pick(DE_N)} (Vermieter)`,
        ]),
    ],
  },
  {
    lang: 'de',
    kind: 'money between people',
    per: 3,
    templates: [
      (f) =>
        `Hab dir die ${f.int(15, 80)} € für ` +
        f.pick(['die Tickets', 'das Konzert', 'den Flixbus']) +
        ` überwiesen 👍`,
      (f) =>
        `Kannst du ${f.pick(['die Pizza', 'das Taxi', 'die Getränke'])} zahlen? ` +
        `Ich überweis dir ${f.pick(['morgen', 'heute Abend'])} meinen Teil`,
      (f) => {
        const [total, share] = f.split(10, 35);
        return `Das Essen waren ${total} €, also ${share} € pro Person. Kein Stress`;
      },
      (f) =>
        `Danke für das Geld zum Geburtstag, ${f.pick(['Oma', 'Opa', 'Tante Gabi'])}! ❤️ ` +
        `Ich spar es für ${f.pick(['den Urlaub', 'ein neues Fahrrad', 'den Führerschein'])}`,
    ],
  },
  // Spanish
  {
    lang: 'es',
    kind: 'family chat',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Mamá', 'Mami', 'Ma'])} llego tarde hoy, ` +
        `${f.pick(['hay mucho tráfico', 'se alargó la reunión', 'tengo entreno'])}. ` +
        f.pick(['No me esperéis para cenar', 'Guárdame algo', 'Llego sobre las 10']) +
        f.maybe(' 😘'),
      (f) =>
        `${f.pick(['Papá', 'Pa'])} me puedes recoger en ` +
        `${f.pick(['el cole', 'la estación', 'casa de Lucía', 'el gimnasio'])} a las ` +
        `${f.pick(ES_T)}?`,
      (f) =>
        `Puedes comprar ${f.pick(['pan', 'leche', 'huevos', 'tortillas'])} cuando vuelvas? ` +
        `Cenamos a las ${f.pick(ES_T)}`,
      (f) =>
        `${f.pick(['Ya llegué a casa', 'Ya estoy en casa', 'Llegamos bien'])}!${f.maybe(' 👍')} ` +
        f.pick([
          'Gracias por la comida, mamá',
          'Llámame cuando puedas',
          'Felicidades otra vez a la abuela ❤️',
          'Cuídate ese resfriado',
        ]),
    ],
  },
  {
    lang: 'es',
    kind: 'friends and colleagues',
    per: 3,
    templates: [
      (f) =>
        `Voy ${f.int(5, 20)} minutos tarde, perdón! ` +
        f.pick(['El metro va fatal', 'No encuentro aparcamiento', 'Se me pasó el bus']),
      (f) =>
        `Feliz cumple ${f.pick(ES_N)}!! 🎉 ` +
        f.pick(['Que lo pases genial', 'Te quiero mucho', 'El viernes lo celebramos']),
      (f) =>
        `Seguimos con ${f.pick(['el café', 'las cañas', 'el cine', 'el partido'])} ` +
        `${f.pick(['mañana', 'el sábado', 'esta noche'])}? Quedamos en ` +
        `${f.pick(['Sol', 'la plaza', 'la puerta del Corte Inglés', 'el bar de siempre'])} ` +
        `a las ${f.pick(ES_T)}?`,
      (f) =>
        f.pick([
          `Me pasas las fotos ${f.pick(['de la boda', 'del sábado', 'del viaje'])}? 😂`,
          `Mil gracias por ${f.pick(['ayudarme con la mudanza', 'traerme ayer', 'la cena'])}!`,
          `Hola ${f.pick(ES_N)}, hoy teletrabajo, me conecto a la reunión de las ` +
            `${f.pick(['10', '12', '4'])} por Teams.`,
        ]),
    ],
  },
  {
    lang: 'es',
    kind: 'wrong number reply',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Perdona', 'Disculpa', 'Hola'])}, creo que ` +
        `${f.pick(['te has equivocado de número', 'tienes el número equivocado'])}, ` +
        `no soy ${f.pick(ES_N)}.`,
      (f) =>
        `${f.pick(['Quién eres?', 'Perdona, quién es?', '¿Quién es?'])} ` +
        f.pick(['No tengo este número guardado', 'Creo que te equivocaste']),
      (f) =>
        `Hola, me llegó tu mensaje pero creo que no es para mí, no conozco a nadie que se ` +
        `llame ${f.pick(ES_N)}. ${f.pick(['Suerte!', 'Un saludo', 'Buen día'])}`,
      (f) =>
        `Gracias por invitarme pero el ${f.pick(ES_DAY)} no puedo, ` +
        `${f.pick(['trabajo', 'tengo comida familiar', 'estoy fuera'])}. Pasadlo bien!`,
    ],
  },
  {
    lang: 'es',
    kind: 'personal appointment',
    per: 3,
    templates: [
      (f) =>
        `Hola, soy ${f.pick(['Paco', 'Manolo', 'Juanjo'])} el fontanero. Puedo pasar el ` +
        `${f.pick(ES_DAY)} a las ` +
        `${f.pick(['9', '10', '4'])} para ver ` +
        f.pick(['la fuga', 'el calentador', 'la cisterna']) +
        `, le viene bien?`,
      (f) =>
        `Hola, confirmo la clase de ${f.pick(['mates', 'inglés', 'guitarra'])} de ` +
        `${f.pick(['Hugo', 'Martina', 'Leo'])} el ${f.pick(ES_DAY)} a las ` +
        `${f.pick(['5', '6', '6 y media'])}. Un saludo`,
      (f) =>
        `Hola, soy ${f.pick(ES_N)} del ${f.int(1, 6)}º, te he recogido un paquete esta ` +
        `mañana. Pásate cuando quieras 🙂`,
      (f) =>
        f.pick([
          `Hola guapa, te apunto el corte el ${f.pick(ES_DAY)} a las ${f.pick(['11', '5'])}?`,
          `Hola, soy el casero. El técnico de la caldera va el ${f.pick(ES_DAY)} por la ` +
            `mañana, me dices si estás?`,
        ]),
    ],
  },
  {
    lang: 'es',
    kind: 'money between people',
    per: 3,
    templates: [
      (f) =>
        `Te acabo de hacer un Bizum de ${f.int(10, 60)} € por ` +
        `${f.pick(['las entradas', 'la cena', 'el taxi', 'la gasolina'])} 👍`,
      (f) =>
        `Pagas tú ${f.pick(['las pizzas', 'el taxi', 'las cañas'])}? ` +
        `Mañana te paso mi parte${f.maybe(' por Mercado Pago')}`,
      (f) => {
        const [total, share] = f.split(12, 40);
        return `Salieron ${total} € en total, tocamos a ${share} cada uno. Sin prisa`;
      },
      (f) =>
        `Gracias ${f.pick(['abuela', 'tía', 'padrino'])} por el dinerito del cumple ❤️ ` +
        `Me voy a comprar ${f.pick(['unas zapatillas', 'un libro', 'un juego'])}`,
    ],
  },
  // Italian
  {
    lang: 'it',
    kind: 'family chat',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Mamma', 'Ma', 'Mà'])} torno tardi stasera, ` +
        `${f.pick(['c’è traffico', 'la riunione si allunga', 'ho allenamento'])}. ` +
        f.pick(['Non aspettatemi per cena', 'Tenetemi un piatto', 'Arrivo verso le 21']),
      (f) =>
        `Papà mi vieni a prendere ` +
        f.pick(['in stazione', 'a scuola', 'da Giulia', 'in palestra']) +
        ` alle ${f.pick(IT_T)}?`,
      (f) =>
        `Puoi prendere ${f.pick(['il pane', 'il latte', 'le uova', 'la mozzarella'])} tornando? ` +
        `Ceniamo alle ${f.pick(IT_T)}`,
      (f) =>
        `${f.pick(['Sono arrivata a casa', 'Arrivati', 'Sono a casa'])}!${f.maybe(' 👍')} ` +
        f.pick([
          'Grazie per il pranzo mamma',
          'Chiamami quando puoi, niente di grave',
          'Ancora auguri al nonno ❤️',
          'Come va la schiena?',
        ]),
    ],
  },
  {
    lang: 'it',
    kind: 'friends and colleagues',
    per: 3,
    templates: [
      (f) =>
        `Scusa arrivo tra ${f.int(5, 20)} minuti, ` +
        `${f.pick(['metro ferma', 'non trovo parcheggio', 'ho perso il bus'])} 🙈`,
      (f) =>
        `Buon compleanno ${f.pick(IT_N)}!! 🎉 ` +
        f.pick(['Tanti auguri', 'Festeggiamo sabato?', 'Ti voglio bene']),
      (f) =>
        `Confermato ${f.pick(['lo spritz', 'il cinema', 'il calcetto', 'il caffè'])} ` +
        `${f.pick(['domani', 'sabato', 'stasera'])}? Ci vediamo ` +
        `${f.pick(['in piazza', 'in Duomo', 'davanti al bar', 'in stazione'])} alle ` +
        `${f.pick(IT_T)}?`,
      (f) =>
        f.pick([
          `Mi mandi le foto ${f.pick(['del matrimonio', 'di sabato', 'della gita'])}? 😂`,
          `Grazie ancora per ${f.pick(['il passaggio', 'l’aiuto col trasloco', 'la cena'])}!`,
          `Ciao ${f.pick(IT_N)}, oggi sono in smart working, mi collego alla call delle ` +
            `${f.pick(['10', '11:30', '15'])}.`,
        ]),
    ],
  },
  {
    lang: 'it',
    kind: 'wrong number reply',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Scusi', 'Mi scusi', 'Ciao'])}, credo abbia sbagliato numero, ` +
        `non sono ${f.pick(IT_N)}.`,
      (f) =>
        `${f.pick(['Chi sei?', 'Scusa, chi è?', 'Chi parla?'])} ` +
        f.pick(['Non ho il numero salvato', 'Forse hai sbagliato numero']),
      (f) =>
        `Credo che il messaggio non fosse per me, non conosco nessuno che si chiama ` +
        `${f.pick(IT_N)}. ${f.pick(['Buona serata', 'Buona giornata'])}`,
      (f) =>
        `Grazie dell’invito ma ${f.pick(IT_DAY)} non riesco, ` +
        `${f.pick(['lavoro', 'ho un pranzo di famiglia', 'sono fuori'])}. Divertitevi!`,
    ],
  },
  {
    lang: 'it',
    kind: 'personal appointment',
    per: 3,
    templates: [
      (f) =>
        `Buongiorno, sono ${f.pick(['Franco', 'Gianni', 'Massimo'])} l’idraulico. Passo ` +
        `${f.pick(IT_DAY)} verso le ` +
        `${f.pick(['9', '10', '15'])} per ${f.pick(['la perdita', 'la caldaia', 'lo scarico'])}` +
        `, va bene?`,
      (f) =>
        `Buonasera, confermo la ripetizione di ${f.pick(['matematica', 'latino', 'inglese'])} ` +
        `${f.pick(IT_DAY)} alle ${f.pick(['15', '16', '17:30'])}.`,
      (f) =>
        `Salve, sono ${f.pick(IT_N)} del ${f.int(1, 5)}° piano, ho ritirato un pacco per lei. ` +
        `Passi pure quando vuole 🙂`,
      (f) =>
        f.pick([
          `Ciao cara, ti segno per il taglio ${f.pick(IT_DAY)} alle ${f.pick(['10', '16'])}?`,
          `Buongiorno, ${f.pick(IT_DAY)} mattina passa il tecnico della caldaia. ` +
            `Mi fa sapere se è in casa? Grazie`,
        ]),
    ],
  },
  {
    lang: 'it',
    kind: 'money between people',
    per: 3,
    templates: [
      (f) =>
        `Ti ho fatto il bonifico per ${f.pick(['i biglietti', 'il concerto', 'il treno'])}` +
        `, ${f.int(15, 80)} euro 👍`,
      (f) =>
        `Paghi tu ${f.pick(['le pizze', 'il taxi', 'l’aperitivo'])}? ` +
        `Domani ti ridò la mia parte${f.maybe(' con Satispay')}`,
      (f) => {
        const [total, share] = f.split(12, 40);
        return `Il conto è ${total} euro, ${share} a testa. Con calma`;
      },
      (f) =>
        `Grazie ${f.pick(['nonna', 'zia', 'nonno'])} per i soldini del compleanno ❤️ ` +
        `Li metto da parte per ${f.pick(['il viaggio', 'la bici nuova', 'la patente'])}`,
    ],
  },
  // Portuguese (Brazil and Portugal)
  {
    lang: 'pt',
    kind: 'family chat',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Mãe', 'Mamãe', 'Mainha'])} vou chegar tarde hoje, ` +
        `${f.pick(['trânsito tá horrível', 'a reunião atrasou', 'tenho treino'])}. ` +
        f.pick(['Não me espera pra jantar', 'Chego umas 9', 'Guarda um prato pra mim']),
      (f) =>
        `${f.pick(['Pai', 'Pai,', 'Paizinho'])} pode me buscar ` +
        `${f.pick(['na escola', 'no metrô', 'na casa da Bia', 'na academia'])} às ${f.pick(PT_T)}?`,
      (f) =>
        `Passa na padaria e traz ${f.pick(['pão', 'leite', 'ovos', 'pão de queijo'])} pfv? ` +
        `Janta às ${f.pick(PT_T)}`,
      (f) =>
        `${f.pick(['Cheguei em casa', 'Já tô em casa', 'Chegamos bem'])}!${f.maybe(' 👍')} ` +
        f.pick([
          'Obrigada pelo almoço mãe',
          'Me liga quando puder',
          'Parabéns de novo pra vó ❤️',
          'Melhoras pro pai',
        ]),
    ],
  },
  {
    lang: 'pt',
    kind: 'friends and colleagues',
    per: 3,
    templates: [
      (f) =>
        `Vou atrasar uns ${f.int(5, 20)} min, desculpa! ` +
        f.pick(['Metrô parado', 'Não acho vaga', 'Perdi o ônibus']),
      (f) =>
        `Feliz aniversário ${f.pick(PT_N)}!! 🎉 ` +
        f.pick(['Muitas felicidades', 'Sábado a gente comemora', 'Te amo amiga']),
      (f) =>
        `Ainda tá de pé ${f.pick(['o chopp', 'o cinema', 'o futebol', 'o café'])} ` +
        `${f.pick(['amanhã', 'sábado', 'hoje'])}? ` +
        `${f.pick(['Na Paulista', 'No shopping', 'Na praça', 'No bar de sempre'])} às ` +
        `${f.pick(PT_T)}?`,
      (f) =>
        f.pick([
          `Me manda as fotos ${f.pick(['do churrasco', 'do casamento', 'da viagem'])}? 😂`,
          `Valeu demais pela ${f.pick(['carona', 'ajuda na mudança', 'janta'])}!`,
          `Oi ${f.pick(PT_N)}, hoje tô em home office, entro na reunião das ` +
            `${f.pick(['10h', '14h', '16h'])} pelo Teams.`,
        ]),
    ],
  },
  {
    lang: 'pt',
    kind: 'wrong number reply',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Desculpa', 'Oi', 'Olá'])}, acho que é engano. Aqui não é ` +
        `${f.pick(PT_WHO)}.`,
      (f) =>
        `${f.pick(['Quem é?', 'Oi, quem fala?', 'Desculpa, quem é?'])} ` +
        f.pick(['Não tenho esse número salvo', 'Acho que você errou o número']),
      (f) =>
        `Acho que você mandou pra pessoa errada, não conheço ninguém chamado ` +
        `${f.pick(PT_N)}. ${f.pick(['Boa sorte!', 'Abraço', 'Bom dia'])}`,
      (f) =>
        `Obrigada pelo convite mas ${f.pick(PT_DAY)} não vai dar, ` +
        `${f.pick(['vou trabalhar', 'tenho almoço de família', 'vou viajar'])}. Aproveitem!`,
    ],
  },
  {
    lang: 'pt',
    kind: 'personal appointment',
    per: 3,
    templates: [
      (f) =>
        `Bom dia, aqui é o ${f.pick(['Zé', 'Marcos', 'Paulo'])} encanador. Posso passar ` +
        `${f.pick(PT_DAY)} às ${f.pick(['8h', '9h', '14h'])} pra ver ` +
        `${f.pick(['o vazamento', 'o chuveiro', 'a pia'])}, pode ser?`,
      (f) =>
        `Oi, confirmando a aula de ${f.pick(['matemática', 'inglês', 'violão'])} do ` +
        `${f.pick(['Miguel', 'Arthur', 'Davi'])} ${f.pick(PT_DAY)} às ` +
        `${f.pick(['15h', '16h', '17h'])}.`,
      (f) =>
        `Oi vizinha, aqui é ${f.pick(PT_WHO)} do ${f.int(11, 84)}. ` +
        `Recebi uma encomenda sua, pode pegar quando quiser 🙂`,
      (f) =>
        f.pick([
          `Oi flor, marquei seu corte pra ${f.pick(PT_DAY)} às ${f.pick(['10h', '15h'])}, ok?`,
          `Olá, o técnico do aquecedor vai passar ${f.pick(PT_DAY)} de manhã. ` +
            `Você vai estar em casa? Att, senhorio`,
        ]),
    ],
  },
  {
    lang: 'pt',
    kind: 'money between people',
    per: 3,
    templates: [
      (f) =>
        `Te mandei o Pix ${f.pick(['dos ingressos', 'da pizza', 'do Uber', 'da gasolina'])}` +
        `, R$ ${f.int(15, 90)} 👍`,
      (f) =>
        `Paga ${f.pick(['a pizza', 'o Uber', 'a cerveja'])} aí que ` +
        `${f.pick(['amanhã', 'mais tarde'])} te faço um Pix`,
      (f) => {
        const [total, share] = f.split(20, 80);
        return `Deu R$ ${total} no total, ${share} pra cada. Sem pressa`;
      },
      (f) =>
        `Obrigado pelo presente ${f.pick(['vó', 'vô', 'tia', 'dinda'])} ❤️ ` +
        `Vou comprar ${f.pick(['um tênis', 'um livro', 'um jogo'])}`,
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Arabic, Hindi, Russian, Turkish.

const AR_N = ['أحمد', 'سارة', 'محمد', 'نور', 'خالد', 'ريم', 'يوسف', 'ليلى', 'عمر', 'هند'];
const AR_T = ['7', '8', '9', '10', '8 ونص', '9 ونص'];
const AR_DAY = ['الأحد', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'السبت'];

const HI_N = ['राहुल', 'प्रिया', 'अंकित', 'नेहा', 'रोहन', 'पूजा', 'अमित', 'स्नेहा', 'विकास'];
const HI_T = ['7 बजे', 'साढ़े 7 बजे', '8 बजे', 'साढ़े 8 बजे', '9 बजे', '10 बजे'];
const HI_DAY = ['सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार'];

const RU_N = ['Саша', 'Маша', 'Дима', 'Катя', 'Андрей', 'Оля', 'Никита', 'Лена', 'Серёжа'];
const RU_T = ['7', '8', '9', '10', 'полвосьмого', 'полдевятого'];
/** On a weekday, with the preposition: в среду, во вторник. */
const RU_ON = ['в понедельник', 'во вторник', 'в среду', 'в четверг', 'в пятницу', 'в субботу'];

const TR_N = ['Ayşe', 'Mehmet', 'Zeynep', 'Emre', 'Elif', 'Burak', 'Merve', 'Can', 'Selin'];
const TR_T = ["6'da", "7'de", "8'de", "9'da", "10'da", 'yedi buçukta'];
const TR_DAY = ['Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi'];

const MIDDLE: readonly TemplateSet[] = [
  {
    lang: 'ar',
    kind: 'family chat',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['ماما', 'يمه', 'ماما حبيبتي'])} راح أتأخر شوي اليوم، ` +
        `${f.pick(['عندي اجتماع', 'الطريق زحمة', 'المحاضرة طولت'])}. ` +
        `أوصل البيت الساعة ${f.pick(AR_T)}${f.maybe(' إن شاء الله')}`,
      (f) =>
        `${f.pick(['بابا', 'يبه'])} ممكن تجيبني من ` +
        `${f.pick(['المدرسة', 'الجامعة', 'النادي', 'بيت خالتي'])} الساعة ${f.pick(AR_T)}؟`,
      (f) =>
        `وانت راجع جيب معك ${f.pick(['خبز', 'حليب', 'بيض', 'طماطم وخيار'])}` +
        `${f.maybe(' الله يخليك')}، الغدا ${f.pick(['جاهز', 'بعد ساعة', 'الساعة 3'])}`,
      (f) =>
        f.pick([
          `وصلت البيت الحمد لله${f.pick([' ❤️', '،'])} ` +
            f.pick(['شكرا على الأكل ماما', 'تصبحين على خير', 'بكلمك بكرا']),
          `${f.pick(['ألف مبروك', 'مبروك'])} ${f.pick(['النجاح', 'الوظيفة الجديدة', 'التخرج'])}` +
            ` يا ${f.pick(AR_N)}! فخورين فيك 🎉`,
          `بابا كيف ${f.pick(['ضغطك', 'ظهرك', 'الزكام'])} اليوم؟ لا تنسى الدوا`,
          `ماما اتصلي فيني لما تفضين، مو شي مهم`,
        ]),
    ],
  },
  {
    lang: 'ar',
    kind: 'friends and colleagues',
    per: 3,
    templates: [
      (f) =>
        `أنا متأخر ${f.int(5, 20)} دقيقة، سامحني. ` +
        f.pick(['اطلب لي قهوة', 'انتظرني عند الباب', 'ادخلوا وأنا جاي']),
      (f) =>
        `كل عام وانت بخير يا ${f.pick(AR_N)} 🎂 ` +
        f.pick(['عقبال المية سنة', 'الله يسعدك', 'نحتفل الخميس؟']),
      (f) =>
        `نتقابل ${f.pick(['بكرا', 'الخميس', 'بعد الدوام'])} في ` +
        `${f.pick(['الكافيه', 'المول', 'مطعم الشام', 'الكورنيش'])} الساعة ${f.pick(AR_T)}؟`,
      (f) =>
        f.pick([
          `ابعتلي صور ${f.pick(['العرس', 'الرحلة', 'عيد الميلاد'])} لما تفضى 😂`,
          `مشكور على ${f.pick(['العزيمة', 'المساعدة بالنقل', 'التوصيلة'])}، ما قصرت 🙏`,
          `صباح الخير ${f.pick(AR_N)}، أنا اليوم أشتغل من البيت، ` +
            `بدخل الاجتماع الساعة ${f.pick(['10', '11', '1'])} أونلاين`,
        ]),
    ],
  },
  {
    lang: 'ar',
    kind: 'wrong number reply',
    per: 3,
    templates: [
      (f) => `${f.pick(['عفوا', 'آسف', 'لا مؤاخذة'])}، الرقم غلط. أنا مو ${f.pick(AR_N)}.`,
      (f) =>
        `${f.pick(['مين معي؟', 'مين حضرتك؟', 'عفوا مين؟'])} ` +
        f.pick(['الرقم مو محفوظ عندي', 'أظنك غلطان بالرقم']),
      (f) =>
        `أظنك أرسلت للشخص الغلط، ما أعرف أحد اسمه ${f.pick(AR_N)}. ` +
        f.pick(['الله يوفقك', 'مع السلامة', 'تحياتي']),
      (f) =>
        `شكرا على الدعوة بس ما أقدر ${f.pick(AR_DAY)}، ` +
        `${f.pick(['عندي شغل', 'عندي ظرف عائلي', 'مسافر'])}. استمتعوا!`,
    ],
  },
  {
    lang: 'ar',
    kind: 'personal appointment',
    per: 3,
    templates: [
      (f) =>
        `مرحبا، أنا ${f.pick(['أبو علي', 'سامي', 'ماهر'])} السباك. أقدر أجي ${f.pick(AR_DAY)} ` +
        `الساعة ${f.pick(['9', '10', '4'])} أشوف ` +
        `${f.pick(['السخان', 'التسريب', 'المغسلة'])}، يناسبك؟`,
      (f) =>
        `مساء الخير، درس ${f.pick(['الرياضيات', 'الإنجليزي', 'الفيزياء'])} ل` +
        `${f.pick(['سلمى', 'فيصل', 'جود'])} يوم ${f.pick(AR_DAY)} الساعة ` +
        `${f.pick(['4', '5', '6'])} مثل العادة`,
      (f) =>
        `مرحبا جاري، أنا ${f.pick(AR_N)} من الشقة ${f.int(2, 30)}. استلمت طرد لك اليوم، ` +
        `تعال خذه وقت ما يناسبك`,
      (f) =>
        f.pick([
          `موعدك عند الكوافيرة ${f.pick(AR_DAY)} الساعة ` +
            `${f.pick(['5', '7'])}، لو بدك تغيريه قوليلي`,
          `مرحبا، أنا صاحب الشقة. فني المكيف بيجي ${f.pick(AR_DAY)} الصبح، بتكون موجود؟`,
        ]),
    ],
  },
  {
    lang: 'ar',
    kind: 'money between people',
    per: 3,
    templates: [
      (f) =>
        `حولتلك ${f.int(50, 300)} ${f.pick(['ريال', 'درهم', 'جنيه'])} حق ` +
        `${f.pick(['التذاكر', 'العشا', 'البنزين'])}، مشكور`,
      (f) =>
        `ادفع انت ${f.pick(['البيتزا', 'التاكسي', 'القهوة'])} وأنا أرجعلك نصيبي ` +
        `${f.pick(['بكرا', 'بالليل'])} إن شاء الله`,
      (f) => {
        const [total, share] = f.split(40, 150);
        return `الحساب طلع ${total}، يعني ${share} على كل واحد. مو مستعجل`;
      },
      (f) =>
        `شكرا يا ${f.pick(['جدو', 'تيتا', 'عمو', 'خالتو'])} على العيدية ❤️ ` +
        `بجمعها ل${f.pick(['جوال جديد', 'رحلة المدرسة', 'دراجة'])}`,
    ],
  },
  // Hindi: Devanagari and the romanised Hindi that many people type.
  {
    lang: 'hi',
    kind: 'family chat',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['मम्मी', 'माँ', 'मम्मा'])} आज लेट हो जाऊँगा, ` +
        `${f.pick(['ऑफिस में मीटिंग है', 'ट्रैफिक बहुत है', 'कोचिंग देर तक है'])}। ` +
        `${f.pick(HI_T)} तक आ जाऊँगा`,
      (f) =>
        `पापा ${f.pick(['स्टेशन', 'कॉलेज', 'मेट्रो स्टेशन', 'कोचिंग'])} से मुझे ` +
        `${f.pick(HI_T)} ले लेना प्लीज़`,
      (f) =>
        `आते वक़्त ${f.pick(['दूध', 'ब्रेड और अंडे', 'धनिया', 'दही'])} लेते आना, ` +
        `खाना ${f.pick(HI_T)} तक बन जाएगा`,
      (f) =>
        f.pick([
          `${f.pick(['घर पहुँच गया', 'घर पहुँच गई', 'पहुँच गए'])} मम्मी 🙏 ` +
            f.pick(['खाना बहुत अच्छा था', 'दादी को प्रणाम बोलना']),
          `Mummy ${f.pick(['dawai time pe le lena', 'free ho toh call karna', 'ghar aa gaya'])}`,
          `बधाई हो ${f.pick(HI_N)}! ${f.pick(['रिज़ल्ट', 'नई नौकरी', 'प्रमोशन'])} के लिए ` +
            `बहुत बहुत बधाई 🎉`,
          `पापा की तबीयत कैसी है अब? ${f.pick(['बुखार उतरा?', 'डॉक्टर को दिखाया?'])}`,
        ]),
    ],
  },
  {
    lang: 'hi',
    kind: 'friends and colleagues',
    per: 3,
    templates: [
      (f) =>
        `Bhai ${f.int(5, 20)} min late hu, ` +
        `${f.pick(['traffic bahut hai', 'metro ruki hui hai', 'abhi nikla hu'])} 🙏`,
      (f) =>
        `${f.pick(['जन्मदिन की हार्दिक शुभकामनाएँ', 'Happy birthday', 'हैप्पी बर्थडे'])} ` +
        `${f.pick(HI_N)}! 🎂 ${f.pick(['पार्टी कब है?', 'खूब खुश रहो', 'Party pakki'])}`,
      (f) =>
        `कल ${f.pick(['मूवी', 'चाय', 'क्रिकेट', 'लंच'])} का प्लान पक्का है? ` +
        `${f.pick(['CP', 'मॉल', 'कॉलेज गेट', 'मेट्रो स्टेशन'])} पे ${f.pick(HI_T)} मिलते हैं`,
      (f) =>
        f.pick([
          `${f.pick(['शादी', 'ट्रिप', 'पार्टी'])} की फ़ोटो भेज दे यार 😂`,
          `Thanks yaar ${f.pick(['lift ke liye', 'shifting mein help ke liye', 'kal ke liye'])}`,
          `${f.pick(HI_N)}, आज मैं वर्क फ्रॉम होम हूँ, ` +
            `${f.pick(['11', '3', '4'])} बजे वाली मीटिंग ऑनलाइन जॉइन कर लूँगा`,
        ]),
    ],
  },
  {
    lang: 'hi',
    kind: 'wrong number reply',
    per: 3,
    templates: [
      (f) => {
        const sorry = f.pick(['माफ़ कीजिए', 'सॉरी', 'जी']);
        return `${sorry}, रॉंग नंबर है। मैं ${f.pick(HI_N)} नहीं हूँ।`;
      },
      (f) =>
        `${f.pick(['आप कौन?', 'कौन बोल रहा है?', 'जी, आप कौन?'])} ` +
        f.pick(['मेरे पास ये नंबर सेव नहीं है', 'शायद आपने गलत नंबर पर भेजा है']),
      (f) =>
        `Sorry galat number hai, yahan koi ${f.pick(['Rahul', 'Pooja', 'Amit', 'Neha'])} ` +
        `nahi hai. ${f.pick(['Check kar lijiye', 'Dhanyavaad'])}`,
      (f) =>
        `बुलाने के लिए शुक्रिया, पर ${f.pick(HI_DAY)} को नहीं आ पाऊँगी, ` +
        `${f.pick(['ऑफिस है', 'घर पे मेहमान हैं', 'बाहर जा रही हूँ'])}। मज़े करो!`,
    ],
  },
  {
    lang: 'hi',
    kind: 'personal appointment',
    per: 3,
    templates: [
      (f) =>
        `नमस्ते जी, ${f.pick(['राजू', 'सुरेश', 'मनोज'])} प्लंबर बोल रहा हूँ। ` +
        `${f.pick(HI_DAY)} को ` +
        `${f.pick(['10', '11', '4'])} बजे ${f.pick(['नल', 'गीज़र', 'पाइप'])} देखने आ जाऊँ?`,
      (f) =>
        `नमस्ते, ${f.pick(['आरव', 'अनन्या', 'ईशा'])} की ` +
        `${f.pick(['मैथ्स', 'इंग्लिश', 'साइंस'])} ट्यूशन ${f.pick(HI_DAY)} को ` +
        `${f.pick(['4', '5', '6'])} बजे होगी।`,
      (f) =>
        f.pick([
          `भैया कल दूध मत देना, हम ${f.pick(['बाहर', 'गाँव'])} जा रहे हैं`,
          `आंटी आपका पार्सल मैंने ले लिया है, ` +
            `${f.pick(['शाम को ले लेना', 'जब फ़्री हों ले जाना'])} - ${f.pick(HI_N)}, ` +
            `फ़्लैट ${f.int(101, 504)}`,
        ]),
      (f) =>
        f.pick([
          `Ma'am aapka facial ${f.pick(['Saturday', 'Sunday'])} ${f.pick(['11', '4'])} baje ` +
            `book hai parlour mein`,
          `नमस्ते, मकान मालिक बोल रहा हूँ। ${f.pick(HI_DAY)} को ` +
            `${f.pick(['पेंटर', 'इलेक्ट्रीशियन'])} आएगा, घर पे कोई रहेगा?`,
        ]),
    ],
  },
  {
    lang: 'hi',
    kind: 'money between people',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['टिकट', 'पिज़्ज़ा', 'कैब', 'मूवी'])} के ₹${f.int(100, 800)} ` +
        `${f.pick(['GPay', 'PhonePe', 'UPI'])} कर दिए 👍`,
      (f) =>
        `Pizza tu de de abhi, ${f.pick(['kal', 'shaam ko'])} UPI kar dunga ` +
        f.pick(['pakka', 'bhai', '']),
      (f) => {
        const [total, share] = f.split(20, 90, 10);
        return `बिल ₹${grouped(total, ',')} आया, सबका ₹${share} हुआ। आराम से भेज देना`;
      },
      (f) =>
        `${f.pick(['नानी', 'मामा जी', 'बुआ'])} शगुन के लिए थैंक यू ❤️ ` +
        f.pick(['नई किताबें लूँगी', 'साइकिल के लिए जोड़ रहा हूँ']),
    ],
  },
  // Russian
  {
    lang: 'ru',
    kind: 'family chat',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Мам', 'Мама', 'Мамуль'])}, я сегодня задержусь, ` +
        `${f.pick(['пробки', 'совещание затянулось', 'тренировка до восьми'])}. ` +
        `Буду к ${f.pick(['9', '10', '11'])}`,
      (f) =>
        `Пап, заберёшь меня ${f.pick(['от метро', 'из школы', 'с вокзала', 'от Кати'])} в ` +
        `${f.pick(RU_T)}?`,
      (f) =>
        `Купи по дороге ${f.pick(['хлеба', 'молока', 'яиц', 'хлеба и сметаны'])} ` +
        `пожалуйста. Ужин в ${f.pick(['7', '8', '9'])}`,
      (f) =>
        f.pick([
          `${f.pick(['Я дома', 'Доехала', 'Добрались'])} 👍 ` +
            f.pick(['Спасибо за ужин!', 'Целую', 'Завтра позвоню']),
          `Мам, позвони как будет время, ничего срочного`,
          `Поздравляю с ${f.pick(['сессией', 'новой работой', 'правами'])}, ` +
            `${f.pick(RU_N)}! Горжусь тобой ❤️`,
          `Бабуль, как давление? ${f.pick(['Таблетки выпила?', 'К врачу ходила?'])}`,
        ]),
    ],
  },
  {
    lang: 'ru',
    kind: 'friends and colleagues',
    per: 3,
    templates: [
      (f) =>
        `Опаздываю минут на ${f.pick(['5', '10', '15', '20'])}, извини! ` +
        f.pick(['Пробка', 'Метро встало', 'Автобус не пришёл']),
      (f) =>
        `С днём рождения, ${f.pick(RU_N)}! 🎉 ` +
        f.pick(['Счастья, здоровья!', 'Всего самого лучшего!', 'Отметим в субботу?']),
      (f) =>
        `В силе ${f.pick(['кофе', 'кино', 'шашлыки', 'футбол'])} ` +
        `${f.pick(['завтра', 'в субботу', 'сегодня'])}? Встречаемся ` +
        `${f.pick(['у метро', 'у фонтана', 'возле ТЦ', 'у памятника'])} в ${f.pick(RU_T)}?`,
      (f) =>
        f.pick([
          `Скинь фотки ${f.pick(['со свадьбы', 'с дачи', 'с субботы'])} плиз 😂`,
          `Спасибо ещё раз за ${f.pick(['помощь с переездом', 'ужин', 'что подвёз'])}!`,
          `${f.pick(RU_N)}, я сегодня на удалёнке, на созвон в ` +
            `${f.pick(['10', '12', '15'])} подключусь из дома`,
        ]),
    ],
  },
  {
    lang: 'ru',
    kind: 'wrong number reply',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Извините', 'Простите', 'Здравствуйте'])}, вы ошиблись номером. ` +
        `Я не ${f.pick(RU_N)}.`,
      (f) =>
        `${f.pick(['Кто это?', 'А кто это?', 'Извините, кто это?'])} ` +
        f.pick(['У меня номер не сохранён', 'Кажется, вы ошиблись']),
      (f) =>
        `Кажется, вы написали не тому человеку, я не ${f.pick(RU_N)}. ` +
        f.pick(['Всего доброго', 'Удачи!', 'Хорошего дня']),
      (f) =>
        `Спасибо, что позвали, но ${f.pick(RU_ON)} не смогу, ` +
        `${f.pick(['работаю', 'едем к родителям', 'меня не будет в городе'])}. ` +
        'Хорошо вам провести время!',
    ],
  },
  {
    lang: 'ru',
    kind: 'personal appointment',
    per: 3,
    templates: [
      (f) =>
        `Здравствуйте, это ${f.pick(['Михаил', 'Олег', 'Виктор'])}, сантехник. Могу подойти ` +
        `${f.pick(RU_ON)} к ${f.pick(['9', '10', '14'])} посмотреть ` +
        `${f.pick(['кран', 'бойлер', 'протечку'])}. Вам удобно?`,
      (f) =>
        `Добрый вечер! Занятие по ${f.pick(['математике', 'английскому', 'физике'])} ` +
        `${f.pick(RU_ON)} в ${f.pick(['16', '17', '18'])}:00, как договаривались.`,
      (f) =>
        `Здравствуйте, это соседка из ${f.int(12, 98)}-й. Я взяла вашу посылку, ` +
        `${f.pick(['заходите вечером', 'занесу, когда будете дома'])} 🙂`,
      (f) =>
        f.pick([
          `Записала вас на стрижку ${f.pick(RU_ON)} на ${f.pick(['11', '15'])}:00 😊`,
          `Добрый день, это хозяйка квартиры. Мастер ${f.pick(['по газу', 'по счётчикам'])} ` +
            `придёт ${f.pick(RU_ON)}, будете дома?`,
        ]),
    ],
  },
  {
    lang: 'ru',
    kind: 'money between people',
    per: 3,
    templates: [
      (f) =>
        `Перевела тебе ${f.int(3, 25)}00 за ${f.pick(['билеты', 'такси', 'пиццу', 'бензин'])} 👍`,
      (f) =>
        `Оплатишь ${f.pick(['пиццу', 'такси', 'кофе'])}? ${f.pick(['Завтра', 'Вечером'])} скину`,
      (f) => {
        const [total, share] = f.split(6, 25, 100);
        return (
          `Вышло ${grouped(total, ' ')} на всех, по ` +
          `${grouped(share, ' ')} с человека. Не горит`
        );
      },
      (f) =>
        `Спасибо, ${f.pick(['бабуль', 'дедуль', 'тёть Лен'])}, за подарок на день рождения ❤️ ` +
        `Куплю ${f.pick(['книжку', 'кроссовки', 'наушники'])}`,
    ],
  },
  // Turkish
  {
    lang: 'tr',
    kind: 'family chat',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Anne', 'Annecim', 'Anneciğim'])} bugün geç kalacağım, ` +
        `${f.pick(['trafik çok', 'toplantı uzadı', 'antrenman var'])}. ` +
        `${f.pick(TR_T.slice(2))} evdeyim`,
      (f) =>
        `${f.pick(['Baba', 'Babacım'])} beni ${f.pick(TR_T)} ` +
        `${f.pick(['okuldan', 'metrodan', 'Zeynepgilden', 'kurstan'])} alabilir misin?`,
      (f) =>
        `Gelirken ${f.pick(['ekmek', 'süt', 'yumurta', 'domates'])} alır mısın? ` +
        `Yemek ${f.pick(TR_T)}`,
      (f) =>
        f.pick([
          `${f.pick(['Eve vardım', 'Geldim', 'Vardık'])} anne 👍 ` +
            f.pick(['Yemek için teşekkürler', 'Öpüyorum', 'Yarın ararım']),
          `Anne müsait olunca beni ara, acil bir şey yok`,
          `Tebrikler ${f.pick(TR_N)}! ` +
            `${f.pick(['Yeni iş', 'Mezuniyet', 'Ehliyet'])} hayırlı olsun 🎉`,
          `Babaanne tansiyonun nasıl? ${f.pick(['İlacını içtin mi?', 'Doktora gittin mi?'])}`,
        ]),
    ],
  },
  {
    lang: 'tr',
    kind: 'friends and colleagues',
    per: 3,
    templates: [
      (f) =>
        `${f.int(5, 20)} dk gecikiyorum kusura bakma, ` +
        `${f.pick(['metrobüs dolu', 'park yeri bulamadım', 'otobüsü kaçırdım'])} 🙈`,
      (f) =>
        `İyi ki doğdun ${f.pick(TR_N)}! 🎉 ` +
        f.pick(['Nice mutlu yıllara', 'Cumartesi kutlarız', 'Seni çok seviyorum']),
      (f) =>
        `Yarın ${f.pick(['kahve', 'sinema', 'halı saha', 'kahvaltı'])} hâlâ geçerli mi? ` +
        `${f.pick(["Kadıköy'de", "Taksim'de", 'AVM önünde', 'iskelede'])} ` +
        `${f.pick(TR_T)} buluşalım mı?`,
      (f) =>
        f.pick([
          `Dünkü ${f.pick(['düğün', 'piknik', 'doğum günü'])} fotoğraflarını atar mısın? 😂`,
          `${f.pick(['Taşınmada yardım', 'Dün akşamki yemek', 'Arabayla bırakman'])} için ` +
            `çok teşekkürler!`,
          `${f.pick(TR_N)} bugün evden çalışıyorum, ` +
            `${f.pick(["10'daki", "14'teki", "16'daki"])} toplantıya Teams'ten katılırım`,
        ]),
    ],
  },
  {
    lang: 'tr',
    kind: 'wrong number reply',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Pardon', 'Kusura bakmayın', 'Merhaba'])}, yanlış numara. ` +
        `Ben ${f.pick(TR_N)} değilim.`,
      (f) =>
        `${f.pick(['Kimsiniz?', 'Kim bu?', 'Pardon kimsiniz?'])} ` +
        f.pick(['Numaranız kayıtlı değil', 'Sanırım yanlış yazdınız']),
      (f) =>
        `Sanırım yanlış kişiye yazdınız, ${f.pick(TR_N)} diye birini tanımıyorum. ` +
        f.pick(['İyi günler', 'Kolay gelsin', 'İyi akşamlar']),
      (f) =>
        `Davet için teşekkürler ama ${f.pick(TR_DAY)} gelemem, ` +
        `${f.pick(['çalışıyorum', 'ailecek yemeğe gideceğiz', 'şehir dışındayım'])}. ` +
        'İyi eğlenceler!',
    ],
  },
  {
    lang: 'tr',
    kind: 'personal appointment',
    per: 3,
    templates: [
      (f) =>
        `Merhaba, ben tesisatçı ${f.pick(['Hasan', 'Ali', 'Murat'])}. ${f.pick(TR_DAY)} ` +
        `${f.pick(["10'da", "11'de", "2'de"])} ${f.pick(['kombiye', 'musluğa', 'kaçağa'])} ` +
        `bakmaya gelebilirim, uygun mu?`,
      (f) =>
        `Merhaba, ${f.pick(['Defne', 'Ege', 'Arda'])} ile ${f.pick(['matematik', 'İngilizce'])} ` +
        `dersimiz ${f.pick(TR_DAY)} ${f.pick(["4'te", "5'te", "6'da"])}, görüşmek üzere.`,
      (f) =>
        `Merhaba komşum, kargonuzu ben aldım, ${f.pick(['akşam', 'müsait olunca'])} ` +
        `alabilirsiniz. ${f.pick(TR_N)}, daire ${f.int(2, 24)}`,
      (f) =>
        f.pick([
          `Canım ${f.pick(TR_DAY)} ${f.pick(["11'e", "3'e"])} fön ve kesim yazdım seni 😊`,
          `Merhaba, ben ev sahibiniz. ${f.pick(TR_DAY)} sabah doğalgaz görevlisi gelecek, ` +
            `evde olur musunuz?`,
        ]),
    ],
  },
  {
    lang: 'tr',
    kind: 'money between people',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Biletlerin', 'Pizzanın', 'Taksinin', 'Benzinin'])} parasını attım, ` +
        `${f.int(100, 900)} TL 👍`,
      (f) =>
        `${f.pick(['Pizzayı', 'Taksiyi', 'Kahveleri'])} sen öder misin, ` +
        `${f.pick(['yarın', 'akşam'])} sana gönderirim`,
      (f) => {
        const [total, share] = f.split(20, 90, 10);
        return `Hesap ${grouped(total, '.')} TL geldi, kişi başı ${share}. Acele yok`;
      },
      (f) =>
        `${f.pick(['Dedeciğim', 'Anneanne', 'Teyzeciğim'])} harçlık için çok teşekkürler ❤️ ` +
        f.pick(['Kitap alacağım', 'Bisiklet için biriktiriyorum']),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Japanese, Korean, Chinese, Thai, Vietnamese, Indonesian.

const JA_N = ['さくら', '翔太', '美咲', '健太', 'ゆい', '大輔', '拓也', 'あかり'];
const JA_T = ['6時', '6時半', '7時', '7時半', '8時', '9時'];
const JA_DAY = ['月曜', '火曜', '水曜', '木曜', '金曜', '土曜'];

const KO_N = ['지민', '민준', '서연', '현우', '지은', '도윤', '수빈', '준호'];
const KO_T = ['6시', '6시 반', '7시', '7시 반', '8시', '9시'];
const KO_DAY = ['월요일', '화요일', '수요일', '목요일', '금요일', '토요일'];

const ZH_N = ['小王', '丽丽', '张伟', '小雨', '阿杰', '婷婷', '刘洋', '晓明'];
const ZH_T = ['六点', '六点半', '七点', '七点半', '八点', '九点'];
const ZH_DAY = ['周一', '周二', '周三', '周四', '周五', '周六'];

const TH_N = ['ต้น', 'แพรว', 'บอส', 'มิ้นท์', 'เจ', 'ฝน', 'นัท', 'กิ๊ฟ'];
const TH_T = ['5 โมงเย็น', '6 โมงเย็น', '1 ทุ่ม', '2 ทุ่ม', 'ทุ่มครึ่ง', '3 ทุ่ม'];
const TH_DAY = ['วันจันทร์', 'วันอังคาร', 'วันพุธ', 'วันพฤหัส', 'วันศุกร์', 'วันเสาร์'];

const VI_N = ['Lan', 'Minh', 'Hương', 'Tuấn', 'Linh', 'Nam', 'Trang', 'Hùng'];
const VI_T = ['5h', '5h30', '6h', '6h30', '7h', '8h'];
const VI_DAY = ['thứ 2', 'thứ 3', 'thứ 4', 'thứ 5', 'thứ 6', 'thứ 7'];

const ID_N = ['Budi', 'Sari', 'Dimas', 'Ayu', 'Rizky', 'Putri', 'Andi', 'Dewi'];
const ID_T = ['4', '5', 'setengah 6', '6', '7', '8'];
const ID_DAY = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

const ASIAN: readonly TemplateSet[] = [
  {
    lang: 'ja',
    kind: 'family chat',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['お母さん', 'ママ', '母さん'])}、今日遅くなる。` +
        `${f.pick(['残業', '電車遅れてて', '部活長引いた'])}。${f.pick(['9時', '10時', '9時半'])}ごろ帰るね`,
      (f) =>
        `${f.pick(['お父さん', 'パパ'])}、${f.pick(JA_T)}に${f.pick(['駅', '塾', '学校'])}まで` +
        `迎えに来てもらえる？`,
      (f) =>
        `帰りに${f.pick(['牛乳', '卵', '食パン', 'お豆腐'])}買ってきてくれる？` +
        `夕飯${f.pick(JA_T)}ね${f.maybe('🙏')}`,
      (f) =>
        f.pick([
          `${f.pick(['家着いたよ', '無事着きました', 'ただいま'])}！` +
            f.pick(['ごちそうさまでした', 'またね', 'おやすみ']),
          `お母さん、時間あるとき電話ちょうだい。急ぎじゃないよ`,
          `${f.pick(JA_N)}、${f.pick(['合格', '就職', '誕生日'])}おめでとう🎉 よく頑張ったね`,
          `おばあちゃん、${f.pick(['腰', '膝', '風邪'])}の具合どう？無理しないでね`,
        ]),
    ],
  },
  {
    lang: 'ja',
    kind: 'friends and colleagues',
    per: 3,
    templates: [
      (f) =>
        `ごめん、${f.pick(['5', '10', '15'])}分遅れる！` +
        `${f.pick(['電車遅延してて', '道混んでて', '寝坊した'])}🙏`,
      (f) =>
        `${f.pick(JA_N)}誕生日おめでとう🎉 ` +
        f.pick(['素敵な一年になりますように', '今度お祝いしよ', 'いつもありがとう']),
      (f) =>
        `${f.pick(['明日', '土曜', '今夜'])}の${f.pick(['ランチ', '飲み', '映画', 'カフェ'])}まだ大丈夫？` +
        `${f.pick(['渋谷駅の改札', '梅田のいつものとこ', '駅前', '店の前'])}に${f.pick(JA_T)}でいい？`,
      (f) =>
        f.pick([
          `この前の${f.pick(['結婚式', 'BBQ', '旅行'])}の写真送ってもらえる？😂`,
          `${f.pick(['昨日はごちそうさま', '引っ越し手伝ってくれてありがとう', '送ってくれてありがとう'])}！`,
          `${f.pick(JA_N)}さん、今日は在宅です。${f.pick(['10時', '14時', '16時'])}の会議は` +
            `オンラインで入ります`,
        ]),
    ],
  },
  {
    lang: 'ja',
    kind: 'wrong number reply',
    per: 3,
    templates: [
      (f) =>
        `すみません、${f.pick(['番号間違えていませんか？', '送り先違うと思います。'])}` +
        `${f.pick(JA_N)}ではないです。`,
      (f) =>
        f.pick(['どちら様でしょうか？', 'すみません、どなたですか？']) +
        f.pick(['番号が登録されていなくて…', '心当たりがないのですが']),
      (f) =>
        `間違いだと思います。${f.pick(JA_N)}さんという知り合いはいないです。` +
        f.pick(['失礼します', 'よろしくお願いします', '']),
      (f) =>
        `誘ってくれてありがとう！でも${f.pick(JA_DAY)}は` +
        `${f.pick(['仕事で', '家族の用事があって', '出かけてて'])}行けない、ごめんね🙏`,
    ],
  },
  {
    lang: 'ja',
    kind: 'personal appointment',
    per: 3,
    templates: [
      (f) =>
        `水道の${f.pick(['蛇口', '水漏れ', 'トイレ'])}の件、${f.pick(JA_DAY)}の` +
        `${f.pick(['10時', '13時', '15時'])}に伺います。${f.pick(['田中', '佐藤', '鈴木'])}`,
      (f) =>
        `家庭教師の${f.pick(['山本', '中村', '小林'])}です。来週は${f.pick(JA_DAY)}の` +
        `${f.pick(['17時', '18時', '19時'])}からでお願いします。`,
      (f) =>
        `隣の${f.pick(['高橋', '伊藤', '渡辺'])}です。荷物お預かりしてます、` +
        f.pick(['帰ったら声かけてください', 'ドアノブにかけておきますね']),
      (f) =>
        f.pick([
          `${f.pick(JA_DAY)}の${f.pick(['11時', '15時'])}、カットで予約とれました！`,
          `大家の${f.pick(['松本', '井上'])}です。${f.pick(JA_DAY)}の午前に` +
            `${f.pick(['点検の業者さん', 'ガス屋さん'])}が入ります。`,
        ]),
    ],
  },
  {
    lang: 'ja',
    kind: 'money between people',
    per: 3,
    templates: [
      (f) =>
        f.pick(['チケット代', 'タクシー代', 'ピザ代', 'ガソリン代']) +
        `${f.pick(['PayPayで送った', '振り込んだ'])}よ！${f.int(1, 9)},${f.pick(['000', '500'])}円`,
      (f) =>
        `${f.pick(['ピザ代', 'タクシー代', 'お会計'])}立て替えてもらえる？` +
        `${f.pick(['明日', '今度会ったとき'])}返すね`,
      (f) => {
        const [total, share] = f.split(15, 60, 100);
        return `全部で${grouped(total, ',')}円だったから、一人${grouped(share, ',')}円ね。いつでもいいよ`;
      },
      (f) =>
        `${f.pick(['おばあちゃん', 'おじいちゃん', 'おばちゃん'])}、` +
        `${f.pick(['お年玉', '誕生日のお小遣い'])}ありがとう！${f.pick(['本', '靴', 'ゲーム'])}買うね`,
    ],
  },
  // Korean
  {
    lang: 'ko',
    kind: 'family chat',
    per: 3,
    templates: [
      (f) =>
        `엄마 오늘 좀 늦어, ${f.pick(['야근해', '차가 너무 막혀', '학원 끝나고 가'])}. ` +
        `${f.pick(['9시', '10시', '10시 반'])}쯤 들어갈게`,
      (f) => `아빠 ${f.pick(KO_T)}에 ${f.pick(['역', '학원', '학교 앞'])}으로 데리러 와줄 수 있어?`,
      (f) =>
        `올 때 ${f.pick(['우유', '계란', '두부', '대파'])} 좀 사와줘~ ` +
        `저녁 ${f.pick(KO_T)}에 먹자${f.maybe(' ㅎㅎ')}`,
      (f) =>
        f.pick([
          `${f.pick(['집 도착했어요', '잘 도착했어요', '방금 들어왔어요'])} 엄마, ` +
            f.pick(['밥 잘 먹었어요 ❤️', '푹 쉬세요', '내일 전화할게요']),
          `엄마 시간 될 때 전화 줘~ 급한 거 아니야`,
          `${f.pick(['합격', '취업', '생일'])} 축하해 우리 ${f.pick(['딸', '아들'])} 🎉 고생 많았어`,
          `할머니 ${f.pick(['허리', '무릎', '감기'])}는 좀 괜찮으세요? 약 꼭 챙겨 드세요`,
        ]),
    ],
  },
  {
    lang: 'ko',
    kind: 'friends and colleagues',
    per: 3,
    templates: [
      (f) =>
        `미안 ${f.pick(['5', '10', '15'])}분 늦어 ㅠㅠ ` +
        f.pick(['지하철이 멈췄어', '차 막혀', '버스 놓쳤어']),
      (f) =>
        `${f.pick(KO_N)} 생일 축하해!! 🎉 ` +
        f.pick(['행복한 하루 보내', '주말에 밥 먹자', '항상 고마워']),
      (f) =>
        `${f.pick(['내일', '토요일', '오늘'])} ${f.pick(['점심', '영화', '술', '커피'])} 아직 유효? ` +
        `${f.pick(['강남역 11번 출구', '홍대입구역', '서면역', '카페 앞'])}에서 ${f.pick(KO_T)} 어때?`,
      (f) =>
        f.pick([
          `${f.pick(['결혼식', 'MT', '여행'])} 사진 좀 보내줘 ㅋㅋ`,
          `${f.pick(['어제 밥 잘 먹었어', '이사 도와줘서 고마워', '태워줘서 고마워'])}!`,
          `${f.pick(KO_N)}님, 오늘 재택이에요. ${f.pick(['10시', '2시', '4시'])} 회의는 ` +
            `온라인으로 들어갈게요`,
        ]),
    ],
  },
  {
    lang: 'ko',
    kind: 'wrong number reply',
    per: 3,
    templates: [
      (f) =>
        `죄송한데 ${f.pick(['번호 잘못 보내신 것 같아요', '잘못 보내셨어요'])}. ` +
        `저 ${f.pick(KO_N)} 아니에요.`,
      (f) =>
        `${f.pick(['누구세요?', '실례지만 누구세요?', '누구시죠?'])} ` +
        f.pick(['저장 안 된 번호라서요', '잘못 보내신 것 같아서요']),
      (f) =>
        `문자 잘못 오신 것 같아요~ ${f.pick(KO_N)}씨라는 분은 모릅니다. ` +
        f.pick(['좋은 하루 보내세요', '수고하세요', '']),
      (f) =>
        `불러줘서 고마워! 근데 ${f.pick(KO_DAY)}은 ` +
        `${f.pick(['선약이 있어서', '출근해서', '본가 가서'])} 못 가 ㅠ 재밌게 놀아`,
    ],
  },
  {
    lang: 'ko',
    kind: 'personal appointment',
    per: 3,
    templates: [
      (f) =>
        `안녕하세요, ${f.pick(['보일러', '수도', '에어컨'])} 수리 기사입니다. ` +
        `${f.pick(KO_DAY)} ${f.pick(['오전 10시', '오후 2시', '오후 4시'])}에 방문드려도 될까요?`,
      (f) =>
        `어머님 안녕하세요, ${f.pick(['수학', '영어'])} 과외 선생님입니다. 이번 주는 ` +
        `${f.pick(KO_DAY)} ${f.pick(['5시', '6시', '7시'])}로 변경 가능할까요?`,
      (f) =>
        `${f.int(101, 1204)}호예요~ 택배 대신 받아놨어요. ` +
        `${f.pick(['편하실 때 가져가세요', '저녁에 문 앞에 둘게요'])} 😊`,
      (f) =>
        f.pick([
          `${f.pick(KO_DAY)} ${f.pick(['11시', '3시'])} 커트 예약 잡아드렸어요~`,
          `집주인입니다. ${f.pick(KO_DAY)} 오전에 ${f.pick(['가스 점검', '도배 업체'])} 방문 ` +
            `예정이에요. 집에 계실까요?`,
        ]),
    ],
  },
  {
    lang: 'ko',
    kind: 'money between people',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['티켓값', '택시비', '피자값', '기름값'])} ` +
        `${f.pick(['토스로 보냈어', '입금했어', '보냈어'])}! ${f.int(1, 5)}만 ${f.pick(['', '5천'])}원`,
      (f) =>
        `${f.pick(['피자값', '택시비', '커피값'])} 먼저 내줘~ ` +
        `${f.pick(['내일', '이따'])} 보내줄게`,
      (f) => {
        const [total, share] = f.split(1, 6, 10000);
        return `총 ${total / 10000}만원 나와서 ${share / 10000}만원씩이야. 천천히 보내`;
      },
      (f) =>
        `${f.pick(['할머니', '할아버지', '이모'])} ${f.pick(['용돈', '세뱃돈'])} 감사합니다 ❤️ ` +
        f.pick(['책 살게요', '잘 모아둘게요']),
    ],
  },
  // Chinese (mainland, simplified)
  {
    lang: 'zh',
    kind: 'family chat',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['妈', '妈妈', '老妈'])}，我今天晚点回，` +
        `${f.pick(['加班', '路上堵车', '补习班拖堂了'])}，${f.pick(['九点', '十点', '九点半'])}左右到家`,
      (f) =>
        `${f.pick(['爸', '老爸'])}，${f.pick(ZH_T)}能来${f.pick(['地铁站', '学校门口', '火车站'])}` +
        `接我一下吗？`,
      (f) =>
        `回来的时候顺便买点${f.pick(['鸡蛋', '葱', '酱油', '牛奶'])}，` +
        `${f.pick(ZH_T)}吃饭${f.maybe('哈')}`,
      (f) =>
        f.pick([
          `${f.pick(['到家了', '已经到了', '平安到家'])}，${f.pick(['放心吧妈', '早点睡', '明天打给你'])}`,
          `妈你有空给我回个电话，不急`,
          `恭喜${f.pick(ZH_N)}${f.pick(['考上了', '找到新工作', '拿到驾照'])}🎉 真替你高兴`,
          `奶奶${f.pick(['腰', '腿', '感冒'])}好点没？记得按时吃药`,
        ]),
    ],
  },
  {
    lang: 'zh',
    kind: 'friends and colleagues',
    per: 3,
    templates: [
      (f) =>
        `不好意思，我晚${f.pick(['五', '十', '十五'])}分钟，` +
        `${f.pick(['堵车了', '地铁晚点', '刚出门'])}🙏`,
      (f) => `${f.pick(ZH_N)}生日快乐🎂 ${f.pick(['天天开心', '周末请你吃饭', '永远十八岁'])}`,
      (f) =>
        `${f.pick(['明天', '周六', '今晚'])}${f.pick(['火锅', '电影', '打球', '喝咖啡'])}还去吗？` +
        `${f.pick(ZH_T)}在${f.pick(['地铁口', '商场门口', '老地方', '南门'])}见？`,
      (f) =>
        f.pick([
          `把${f.pick(['婚礼', '昨天', '旅游'])}的照片发我一下呗😂`,
          `${f.pick(['谢谢你昨天的饭', '搬家辛苦你了', '谢谢你送我回来'])}！`,
          `${f.pick(ZH_N)}，我今天居家办公，${f.pick(['十点', '两点', '四点'])}的会我线上参加`,
        ]),
    ],
  },
  {
    lang: 'zh',
    kind: 'wrong number reply',
    per: 3,
    templates: [
      (f) => `不好意思，${f.pick(['你发错了吧', '你打错号码了'])}，我不是${f.pick(ZH_N)}。`,
      (f) =>
        f.pick(['请问你是哪位？', '你好，你是？', '哪位？']) +
        f.pick(['我没存这个号', '好像发错人了']),
      (f) => `你好像发错人了，我不认识${f.pick(ZH_N)}。${f.pick(['祝好', '没事', ''])}`,
      (f) =>
        `谢谢邀请，不过${f.pick(ZH_DAY)}${f.pick(['要上班', '家里有事', '不在本地'])}` +
        `去不了，你们玩得开心！`,
    ],
  },
  {
    lang: 'zh',
    kind: 'personal appointment',
    per: 3,
    templates: [
      (f) =>
        `您好，我是修${f.pick(['水管', '热水器', '空调'])}的${f.pick(['王', '李', '陈'])}师傅，` +
        `${f.pick(ZH_DAY)}${f.pick(['上午十点', '下午两点', '下午四点'])}上门可以吗？`,
      (f) =>
        `家长您好，${f.pick(['数学', '英语', '钢琴'])}课这周改到${f.pick(ZH_DAY)}` +
        `${f.pick(['下午五点', '晚上七点'])}，可以吗？`,
      (f) =>
        `我是${f.int(2, 30)}0${f.int(1, 4)}的邻居，帮你代收了一个快递，` +
        f.pick(['回来敲门拿就行', '放你门口了']),
      (f) =>
        f.pick([
          `${f.pick(ZH_DAY)}${f.pick(['上午十一点', '下午三点'])}给你约好剪头发了，Tony老师`,
          `我是房东，${f.pick(ZH_DAY)}上午${f.pick(['燃气公司', '物业'])}的人来检查，家里有人吗？`,
        ]),
    ],
  },
  {
    lang: 'zh',
    kind: 'money between people',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['票钱', '打车钱', '披萨钱', '油钱'])}${f.pick(['微信', '支付宝'])}转你了，` +
        `${f.int(30, 300)}块`,
      (f) => `${f.pick(['披萨', '打车', '奶茶'])}你先付一下，${f.pick(['明天', '晚点'])}转你`,
      (f) => {
        const [total, share] = f.split(8, 30, 10);
        return `一共${total}，每人${share}，不着急`;
      },
      (f) =>
        `谢谢${f.pick(['奶奶', '爷爷', '姑姑'])}的红包❤️ ${f.pick(['我要买书', '我存起来了'])}`,
    ],
  },
  // Thai
  {
    lang: 'th',
    kind: 'family chat',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['แม่', 'แม่จ๋า', 'ม๊า'])} วันนี้กลับดึกนะ ` +
        `${f.pick(['รถติดมาก', 'ประชุมยังไม่เสร็จ', 'มีเรียนพิเศษ'])} ถึงบ้านประมาณ ` +
        f.pick(TH_T.slice(2)),
      (f) =>
        `${f.pick(['พ่อ', 'ป๊า'])} มารับที่${f.pick(['โรงเรียน', 'สถานี BTS', 'หน้าเซเว่น'])}` +
        ` ตอน ${f.pick(TH_T)} ได้ไหม`,
      (f) =>
        `ขากลับซื้อ${f.pick(['ไข่', 'นม', 'ข้าวเหนียว', 'ผัก'])}มาด้วยนะ ` +
        `กินข้าว ${f.pick(TH_T)}${f.maybe(' 🙏')}`,
      (f) =>
        f.pick([
          `${f.pick(['ถึงบ้านแล้วนะแม่', 'ถึงแล้วจ้า', 'กลับถึงห้องแล้ว'])} ` +
            f.pick(['ขอบคุณสำหรับกับข้าว', 'ฝันดีนะ', 'พรุ่งนี้โทรหา']),
          `แม่ ว่างเมื่อไหร่โทรหาหน่อยนะ ไม่รีบ`,
          `ยินดีด้วยนะ${f.pick(TH_N)} ${f.pick(['สอบติด', 'ได้งานใหม่', 'เรียนจบ'])}แล้ว 🎉`,
          `ยาย ${f.pick(['ปวดหลัง', 'ปวดเข่า', 'หวัด'])}ดีขึ้นหรือยัง อย่าลืมกินยานะ`,
        ]),
    ],
  },
  {
    lang: 'th',
    kind: 'friends and colleagues',
    per: 3,
    templates: [
      (f) =>
        `ขอโทษ สาย ${f.pick(['5', '10', '15'])} นาที ` +
        `${f.pick(['รถติดมาก', 'รถไฟฟ้าขัดข้อง', 'เพิ่งออกจากบ้าน'])} 🙏`,
      (f) => {
        const name = f.pick(TH_N);
        const wish = f.pick(['ขอให้มีความสุขมากๆ', 'เสาร์นี้เลี้ยงนะ', 'รักนะ']);
        return `สุขสันต์วันเกิดนะ${name} 🎂 ${wish}`;
      },
      (f) =>
        `${f.pick(['พรุ่งนี้', 'วันเสาร์', 'คืนนี้'])}ยังไป` +
        f.pick(['กินหมูกระทะ', 'ดูหนัง', 'เตะบอล']) +
        `กันอยู่ไหม เจอกันที่${f.pick(['สยาม', 'เซ็นทรัล', 'หน้าคณะ'])} ตอน ${f.pick(TH_T)}`,
      (f) =>
        f.pick([
          `ส่งรูป${f.pick(['งานแต่ง', 'ทริป', 'เมื่อวาน'])}มาให้หน่อย 😂`,
          `ขอบคุณ${f.pick(['ที่ช่วยขนของ', 'ที่ไปส่ง', 'ที่เลี้ยงข้าว'])}นะ!`,
          `พี่${f.pick(TH_N)} วันนี้ WFH นะคะ ประชุม${f.pick(['10 โมง', 'บ่ายสอง'])}เข้าออนไลน์ค่ะ`,
        ]),
    ],
  },
  {
    lang: 'th',
    kind: 'wrong number reply',
    per: 3,
    templates: [
      (f) => `ขอโทษ${f.pick(['ค่ะ', 'ครับ'])} น่าจะส่งผิดเบอร์ ไม่ใช่${f.pick(TH_N)}นะ`,
      (f) =>
        `${f.pick(['ใครคะ', 'ใครครับ', 'ขอโทษ ใครเหรอ'])} ` +
        f.pick(['ไม่ได้เซฟเบอร์ไว้', 'น่าจะส่งผิดคน']),
      (f) =>
        `ส่งผิดคนแล้ว${f.pick(['ครับ', 'ค่ะ'])} ไม่รู้จัก${f.pick(TH_N)} ` +
        f.pick(['ขอให้โชคดี', 'ไม่เป็นไร', '']),
      (f) =>
        `ขอบคุณที่ชวนนะ แต่${f.pick(TH_DAY)}ไปไม่ได้ ` +
        `${f.pick(['ต้องทำงาน', 'มีธุระที่บ้าน', 'กลับต่างจังหวัด'])} เที่ยวให้สนุกนะ`,
    ],
  },
  {
    lang: 'th',
    kind: 'personal appointment',
    per: 3,
    templates: [
      (f) =>
        `สวัสดีครับ ช่าง${f.pick(['ประปา', 'แอร์', 'ไฟ'])}นะครับ ` +
        `${f.pick(TH_DAY)} ${f.pick(['10 โมง', 'บ่ายโมง', 'บ่ายสาม'])}เข้าไปดูได้ไหมครับ`,
      (f) =>
        `สวัสดีค่ะคุณแม่ ${f.pick(TH_DAY)}นี้เรียน${f.pick(['คณิต', 'อังกฤษ', 'เปียโน'])}` +
        ` ${f.pick(['4 โมงเย็น', '5 โมงเย็น'])} เหมือนเดิมนะคะ`,
      (f) =>
        `ห้อง ` +
        `${f.int(201, 812)} นะคะ รับพัสดุไว้ให้แล้ว ` +
        f.pick(['ว่างแล้วมาเอาได้เลย', 'เย็นนี้เอาไปให้นะ']),
      (f) =>
        f.pick([
          `จองตัดผม${f.pick(TH_DAY)} ${f.pick(['11 โมง', 'บ่ายสอง'])}ให้แล้วนะคะ`,
          `เจ้าของห้องนะคะ ${f.pick(TH_DAY)}เช้าช่างจะเข้าไปล้างแอร์ สะดวกไหมคะ`,
        ]),
    ],
  },
  {
    lang: 'th',
    kind: 'money between people',
    per: 3,
    templates: [
      (f) =>
        `โอนค่า${f.pick(['ตั๋ว', 'พิซซ่า', 'แท็กซี่', 'น้ำมัน'])}ให้แล้วนะ ` +
        `${f.int(1, 9)}${f.pick(['00', '50'])} บาท`,
      (f) => {
        const what = f.pick(['พิซซ่า', 'แท็กซี่', 'ข้าว']);
        return `จ่ายค่า${what}ไปก่อนนะ ${f.pick(['พรุ่งนี้', 'เย็นนี้'])}โอนคืน`;
      },
      (f) => {
        const [total, share, people] = f.split(15, 60, 10);
        return `ทั้งหมด ${grouped(total, ',')} หาร ${people} คน คนละ ${share} นะ ไม่รีบ`;
      },
      (f) =>
        `ขอบคุณ${f.pick(['ยาย', 'ตา', 'ป้า'])}สำหรับ${f.pick(['อั่งเปา', 'เงินวันเกิด'])}นะ ❤️ ` +
        f.pick(['จะเก็บไว้', 'จะซื้อหนังสือ']),
    ],
  },
  // Vietnamese
  {
    lang: 'vi',
    kind: 'family chat',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Mẹ ơi', 'Má ơi', 'Mẹ'])} hôm nay con về muộn, ` +
        `${f.pick(['kẹt xe quá', 'công ty họp', 'con học thêm'])}. Khoảng ` +
        `${f.pick(['8h', '9h', '9h30'])} con về`,
      (f) =>
        `${f.pick(['Bố ơi', 'Ba ơi'])} ${f.pick(VI_T)} đón con ở ` +
        `${f.pick(['trường', 'bến xe', 'nhà bạn Linh'])} được không ạ?`,
      (f) =>
        `Lúc về mua giúp mẹ ${f.pick(['ít rau', 'chục trứng', 'hộp sữa', 'ổ bánh mì'])} nhé, ` +
        `${f.pick(VI_T)} ăn cơm`,
      (f) =>
        f.pick([
          `${f.pick(['Con về tới nhà rồi', 'Con tới nơi rồi', 'Về tới rồi'])} mẹ ơi. ` +
            f.pick(['Cảm ơn mẹ nấu cơm', 'Mẹ ngủ sớm nhé', 'Mai con gọi']),
          `Mẹ rảnh thì gọi con nhé, không có gì gấp đâu`,
          `Chúc mừng ${f.pick(VI_N)} ${f.pick(['đậu đại học', 'có việc mới', 'tốt nghiệp'])} 🎉`,
          `Bà ơi ${f.pick(['lưng', 'chân', 'cảm'])} đỡ chưa ạ? Nhớ uống thuốc nha bà`,
        ]),
    ],
  },
  {
    lang: 'vi',
    kind: 'friends and colleagues',
    per: 3,
    templates: [
      (f) =>
        `Sorry mình tới trễ ${f.pick(['5', '10', '15'])} phút, ` +
        `${f.pick(['kẹt xe quá', 'xe bị thủng lốp', 'mới ra khỏi nhà'])} 🙏`,
      (f) =>
        `Chúc mừng sinh nhật ${f.pick(VI_N)} 🎂 ` +
        f.pick(['Tuổi mới vui vẻ nha', 'Cuối tuần đi ăn nha', 'Luôn xinh đẹp nhé']),
      (f) =>
        `${f.pick(['Mai', 'Thứ 7', 'Tối nay'])} đi ` +
        f.pick(['cà phê', 'ăn lẩu', 'xem phim', 'đá bóng']) +
        ` không? ${f.pick(VI_T)} ở ${f.pick(['Hồ Gươm', 'quán cũ', 'cổng trường', 'Vincom'])} nhé`,
      (f) =>
        f.pick([
          `Gửi mình mấy tấm ảnh ${f.pick(['đám cưới', 'hôm qua', 'chuyến đi'])} với 😂`,
          `Cảm ơn ${f.pick(['đã giúp chuyển nhà', 'đã chở mình về', 'bữa tối nha'])}!`,
          `Anh ${f.pick(VI_N)} ơi hôm nay em làm ở nhà, họp ` +
            `${f.pick(['10h', '14h'])} em vào online ạ`,
        ]),
    ],
  },
  {
    lang: 'vi',
    kind: 'wrong number reply',
    per: 3,
    templates: [
      (f) =>
        `Xin lỗi, ${f.pick(['bạn nhắn nhầm số rồi', 'chắc nhầm số rồi ạ'])}, ` +
        `mình không phải ${f.pick(VI_N)}.`,
      (f) =>
        `${f.pick(['Ai vậy ạ?', 'Xin lỗi ai đấy ạ?', 'Ai thế?'])} ` +
        f.pick(['Số này mình chưa lưu', 'Chắc nhắn nhầm rồi']),
      (f) =>
        `Chắc nhắn nhầm người rồi ạ, em không quen ai tên ${f.pick(VI_N)}. ` +
        f.pick(['Chúc vui vẻ', 'Không sao đâu', '']),
      (f) =>
        `Cảm ơn đã rủ nha, nhưng ${f.pick(VI_DAY)} mình ` +
        f.pick(['đi làm', 'về quê', 'bận việc nhà']) +
        ` rồi. Đi vui nhé!`,
    ],
  },
  {
    lang: 'vi',
    kind: 'personal appointment',
    per: 3,
    templates: [
      (f) =>
        `Chào chị, em là thợ sửa ${f.pick(['ống nước', 'máy lạnh', 'bình nóng lạnh'])}. ` +
        `Em qua lúc ${f.pick(['9h', '10h', '14h'])} ${f.pick(VI_DAY)} được không ạ?`,
      (f) =>
        `Chào anh chị, ${f.pick(VI_DAY)} này em dạy ${f.pick(['Toán', 'Tiếng Anh'])} cho ` +
        `${f.pick(['bé Na', 'bé Bin', 'bé Su'])} lúc ${f.pick(['17h', '18h', '19h'])} như cũ ạ.`,
      (f) =>
        `Chị ơi em ở phòng ${f.int(101, 905)}, em nhận hộ chị gói hàng rồi, ` +
        f.pick(['tối chị qua lấy nhé', 'em để trước cửa nha']),
      (f) =>
        f.pick([
          `Chị đặt lịch cắt tóc ${f.pick(VI_DAY)} lúc ${f.pick(['10h', '15h'])} cho em rồi nha`,
          `Chủ nhà đây, sáng ${f.pick(VI_DAY)} thợ qua vệ sinh máy lạnh, em có nhà không?`,
        ]),
    ],
  },
  {
    lang: 'vi',
    kind: 'money between people',
    per: 3,
    templates: [
      (f) =>
        `Mình chuyển khoản tiền ${f.pick(['vé', 'pizza', 'taxi', 'xăng'])} rồi nha, ` +
        `${f.int(5, 50)}0k`,
      (f) =>
        `Trả tiền ${f.pick(['pizza', 'taxi', 'trà sữa'])} giúp mình nhé, ` +
        `${f.pick(['mai', 'tối'])} mình chuyển lại`,
      (f) => {
        const [total, share] = f.split(10, 40, 10);
        return `Tổng ${total}k, mỗi người ${share}k nha. Không gấp đâu`;
      },
      (f) =>
        `Cảm ơn ${f.pick(['bà', 'ông', 'cô'])} đã lì xì ạ ❤️ ` +
        f.pick(['Con để dành mua sách', 'Con cất heo đất rồi']),
    ],
  },
  // Indonesian
  {
    lang: 'id',
    kind: 'family chat',
    per: 3,
    templates: [
      (f) =>
        `${f.pick(['Ma', 'Bu', 'Mama'])} aku pulang telat ya, ` +
        `${f.pick(['macet parah', 'masih rapat', 'ada les'])}. ` +
        f.pick(['Jangan ditunggu makan', 'Sampe rumah jam 9an', 'Nanti aku kabarin']),
      (f) =>
        `${f.pick(['Pa', 'Yah', 'Pak'])} bisa jemput aku di ` +
        `${f.pick(['sekolah', 'stasiun', 'rumah Ayu', 'kampus'])} jam ${f.pick(ID_T)}?`,
      (f) =>
        `Nanti pulang tolong beliin ${f.pick(['telur', 'gula', 'roti', 'galon'])} ya. ` +
        `Makan malam jam ${f.pick(ID_T)}`,
      (f) =>
        f.pick([
          `${f.pick(['Udah sampai rumah', 'Aku udah di rumah', 'Kami udah sampai'])} ma. ` +
            f.pick(['Makasih masakannya', 'Salam buat nenek', 'Met istirahat']),
          `Ma kalau sempat telp aku ya, gak penting kok`,
          `Selamat ya ${f.pick(ID_N)} ` +
            f.pick(['udah lulus', 'dapet kerja baru', 'diterima kuliah']) +
            ` 🎉 bangga banget`,
          `Pak, ` +
            `${f.pick(['batuknya', 'pinggangnya', 'demamnya'])} udah mendingan? ` +
            'Jangan lupa minum obat',
        ]),
    ],
  },
  {
    lang: 'id',
    kind: 'friends and colleagues',
    per: 3,
    templates: [
      (f) =>
        `Sori telat ${f.pick(['5', '10', '15'])} menit, ` +
        `${f.pick(['macet', 'KRL lagi gangguan', 'baru jalan'])} 🙏`,
      (f) =>
        `Selamat ulang tahun ${f.pick(ID_N)}! 🎂 ` +
        f.pick(['Panjang umur dan sehat selalu', 'Traktiran ditunggu', 'Wish you all the best']),
      (f) =>
        `Jadi ${f.pick(['ngopi', 'nonton', 'futsal', 'makan bakso'])} ` +
        `${f.pick(['besok', 'Sabtu', 'nanti malam'])}? Ketemu di ` +
        `${f.pick(['Blok M', 'mall', 'depan kampus', 'tempat biasa'])} jam ${f.pick(ID_T)}?`,
      (f) =>
        f.pick([
          `Kirimin foto ${f.pick(['nikahan', 'kemarin', 'liburan'])} dong 😂`,
          `Makasih banyak ${f.pick(['udah bantu pindahan', 'tumpangannya', 'traktirannya'])}!`,
          `Mas ${f.pick(ID_N)}, hari ini aku WFH, rapat jam ` +
            `${f.pick(['10', '2', '3'])} ikut online ya`,
        ]),
    ],
  },
  {
    lang: 'id',
    kind: 'wrong number reply',
    per: 3,
    templates: [
      (f) =>
        `Maaf, ${f.pick(['salah sambung', 'salah nomor', 'kayaknya salah kirim'])}. ` +
        `Saya bukan ${f.pick(ID_N)}.`,
      (f) =>
        `${f.pick(['Maaf ini siapa ya?', 'Ini siapa?', 'Dengan siapa ya?'])} ` +
        f.pick(['Nomornya belum saya simpan', 'Kayaknya salah kirim deh']),
      (f) =>
        `Kayaknya salah kirim deh, saya gak kenal yang namanya ${f.pick(ID_N)}. ` +
        f.pick(['Semoga ketemu ya', 'Gak apa-apa', '']),
      (f) =>
        `Makasih ajakannya, tapi ${f.pick(ID_DAY)} aku gak bisa, ` +
        `${f.pick(['kerja', 'ada acara keluarga', 'lagi di luar kota'])}. Have fun ya!`,
    ],
  },
  {
    lang: 'id',
    kind: 'personal appointment',
    per: 3,
    templates: [
      (f) =>
        `Siang bu, saya ${f.pick(['Pak Joko', 'Mas Eko', 'Pak Slamet'])} tukang ledeng. ` +
        `${f.pick(ID_DAY)} jam ${f.pick(['9', '10', '1'])} saya ke rumah ya buat cek ` +
        f.pick(['keran', 'pompa air', 'pipa bocor']),
      (f) =>
        `Bu, les ${f.pick(['matematika', 'bahasa Inggris', 'piano'])} ` +
        `${f.pick(['Nadia', 'Raka', 'Kevin'])} ${f.pick(ID_DAY)} jam ` +
        `${f.pick(['3', '4', '5'])} sore ya.`,
      (f) =>
        `Mbak, paketnya saya terima tadi, ${f.pick(['ambil aja di rumah', 'nanti saya anter'])}. ` +
        `${f.pick(ID_N)}, rumah no ${f.int(2, 40)}`,
      (f) =>
        f.pick([
          `Kak, booking potong rambut ${f.pick(ID_DAY)} jam ${f.pick(['11', '3'])} udah dicatat ya`,
          `Mbak, ${f.pick(ID_DAY)} pagi tukang AC datang ya. Ada orang di kamar? - ibu kos`,
        ]),
    ],
  },
  {
    lang: 'id',
    kind: 'money between people',
    per: 3,
    templates: [
      (f) =>
        `Udah aku transfer ${f.int(5, 50)}0rb buat ` +
        f.pick(['tiket', 'bensin', 'makan', 'ojol']) +
        ` ya 👍`,
      (f) =>
        `Kamu bayarin ${f.pick(['martabaknya', 'pizzanya', 'parkirnya'])} dulu ya, ` +
        `${f.pick(['besok', 'nanti malam'])} aku ganti`,
      (f) => {
        const [total, share] = f.split(5, 20, 10);
        return `Totalnya ${total}rb, jadi per orang ${share}rb. Santai aja`;
      },
      (f) =>
        `Makasih ${f.pick(['angpaonya', 'THR-nya', 'uang jajannya'])} ` +
        `${f.pick(['Tante', 'Om', 'Nek'])} ❤️`,
    ],
  },
];

/**
 * The everyday messages: every template set filled `per` times per template (distinct texts; a
 * template that repeats itself gives fewer), in a fixed order.
 */
export function everydayMessages(): EverydayMessage[] {
  return fillTemplates([...ENGLISH, ...EUROPEAN, ...MIDDLE, ...ASIAN], {
    prefix: 'everyday-messages',
    fill: (seed) => new Fill(seed),
    attempts: 8,
    // Optional parts left empty would leave double or trailing spaces.
    tidy: (text) => text.replace(/ {2,}/g, ' ').trim(),
  });
}
