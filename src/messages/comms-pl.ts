import { assessorsOf, type CommsText, type MessageTemplate, type StepTemplateParams } from './comms-text.js';
import { plural as pluralForm } from './plural-pl.js';

// Built on first use: every command loads the catalogues, only `comms` formats dates and lists.
let longDates: Intl.DateTimeFormat | undefined;
let lists: Intl.ListFormat | undefined;
/** `1 osoba`, `2 osoby`, `5 osób`: the number with its noun, through the one Polish plural helper. */
const plural = (n: number, one: string, few: string, many: string): string => `${n} ${pluralForm(n, one, few, many)}`;
/** The thanks of a celebration, line managers among them only in a programme that has them. */
const thanks = (lineManagers: boolean): string =>
  `Dziękujemy wszystkim, dzięki którym program działa: ${lineManagers ? 'mentee za zaangażowanie, mentorom za czas i doświadczenie, przełożonym za wsparcie' : 'mentee za zaangażowanie, a mentorom za czas i doświadczenie'}.`;

const candidateInvitation = (p: StepTemplateParams): MessageTemplate => {
  const intro = 'Dzień dobry,\n\nuruchamiamy program mentoringu „{programme}”. Doświadczeni koledzy i koleżanki przekażą w nim, w relacji jeden na jeden, to, co wiedzą o obszarach: {competencies}.';
  const journey = `Uczestnik ustala cel rozwojowy${p.lineManagers ? ' ze swoim przełożonym' : ''}, spotyka się z mentorem {cadence} i sam odpowiada za swój rozwój: najwięcej nauczy się w codziennej pracy, a sesje i krótkie szkolenia będą wsparciem.`;
  const close = `Program rozpocznie się spotkaniem otwierającym ${p.kickOff}.\n\n{sender}`;
  const until = p.recruitmentCloses ? ` do ${p.recruitmentCloses}` : '';
  // Bez przełożonych nikt nie nominuje: kandydaci zgłaszają się sami.
  if (p.method === 'application' || !p.lineManagers) {
    return {
      subject: `Zaproszenie do programu „{programme}”${p.recruitmentCloses ? ` – zgłoszenia do ${p.recruitmentCloses}` : ''}`,
      text: `${intro}\n\nProgram jest dla osób, które chcą rozwinąć te kompetencje i spełniają jego kryteria. ${journey}\n\nJak się zgłosić? Wystarczy kilka zdań o tym, którą kompetencję chcesz rozwinąć i dlaczego. Zgłoszenia${until} przyjmuje {sender}.${p.lineManagers ? ' Porozmawiaj wcześniej ze swoim przełożonym – jego wsparcie jest częścią programu.' : ''}\n\n${close}`,
    };
  }
  if (p.method === 'nomination') {
    return {
      subject: '„{programme}” – jak działają nominacje',
      text: `${intro}\n\nUczestników nominują przełożeni, zgodnie z kryteriami programu${p.recruitmentCloses ? `; nominacje przyjmujemy do ${p.recruitmentCloses}` : ''}. Jeśli chcesz wziąć udział, powiedz o tym swojemu przełożonemu już teraz. ${journey}\n\n${close}`,
    };
  }
  return {
    subject: `Dołącz do programu „{programme}”${p.recruitmentCloses ? ` – zgłoszenia do ${p.recruitmentCloses}` : ''}`,
    text: `${intro}\n\nDo programu prowadzą dwie drogi: własne zgłoszenie albo nominacja przełożonego; w obu przypadkach trzeba spełniać kryteria programu. Wystarczy kilka zdań o tym, którą kompetencję chcesz rozwinąć i dlaczego. Zgłoszenia${until} przyjmuje {sender}. ${journey}\n\n${close}`,
  };
};

/** `mentor comms` po polsku: domyślne teksty napisane tak, jak pisze je konsultant, i słownictwo polecenia. */
export const commsPl: CommsText = {
  steps: {
    'sponsor-announcement': (p) =>
      p.lineManagers
        ? {
            subject: '„{programme}” – o co proszę kierowników',
            text: `Szanowni Państwo,\n\nuruchamiamy program mentoringu „{programme}”. Doświadczeni koledzy i koleżanki będą przekazywać, w relacji jeden na jeden, wiedzę, której nie ma w żadnej procedurze: {competencies}. To inwestycja w kompetencje, od których zależą nasze cele biznesowe, a nie dodatek do pakietu świadczeń.\n\nPaństwa rola jest kluczowa. Proszę o wskazanie osób z Państwa zespołów, które spełniają kryteria programu${p.recruitmentCloses ? ` (rekrutacja trwa do ${p.recruitmentCloses})` : ''}, o uzgodnienie z każdą z nich celu rozwojowego i o ochronę czasu na sesje ({cadence}). Najwięcej nauki wydarzy się przy zadaniach, które Państwo zlecają na co dzień.\n\nProgram trwa od {start} do {end}; otworzy go spotkanie ${p.kickOff}.\n\nDziękuję za wsparcie\n{sender}`,
          }
        : {
            subject: '„{programme}” – dlaczego go uruchamiamy i o co Państwa proszę',
            text: `Szanowni Państwo,\n\nuruchamiamy program mentoringu „{programme}”. Doświadczeni koledzy i koleżanki będą przekazywać, w relacji jeden na jeden, wiedzę, której nie ma w żadnej procedurze: {competencies}. To inwestycja w kompetencje, od których zależą nasze cele biznesowe, a nie dodatek do pakietu świadczeń.\n\nNajbardziej doświadczone osoby proszę o poświęcenie czasu jako mentorzy, a wszystkich, którzy chcą rozwinąć te kompetencje, o zgłoszenie się${p.recruitmentCloses ? ` (rekrutacja trwa do ${p.recruitmentCloses})` : ''}; szczegóły prześle zespół programu. Najwięcej nauki wydarzy się w codziennej pracy, a sesje {cadence} będą wsparciem.\n\nProgram trwa od {start} do {end}; otworzy go spotkanie ${p.kickOff}.\n\nDziękuję\n{sender}`,
          },
    'candidate-invitation': candidateInvitation,
    'mentor-preparation': (p) => ({
      subject: '„{programme}” – przygotowanie mentorów',
      text: `Drodzy Mentorzy,\n\ndziękujemy, że zgodziliście się dzielić doświadczeniem w programie „{programme}”. Zanim ruszą pary, każdy mentor przechodzi krótkie przygotowanie do roli, tak by wszyscy mentee dostali wsparcie tej samej jakości. Moduły: {preparation}.\n\nTerminy i zapisy koordynuje {sender}. Prosimy o ukończenie modułów przed ogłoszeniem par (${p.matching}).\n\nDziękujemy\n{sender}`,
    }),
    'pairing-announcement': (p) => ({
      subject: '„{programme}” – pary mentoringowe',
      text: `Dzień dobry,\n\npary w programie „{programme}” są już dobrane. Mentee, skontaktuj się w tym tygodniu ze swoim mentorem i umów pierwszą sesję przed spotkaniem otwierającym (${p.kickOff}); potem spotykacie się {cadence}. Na pierwszej sesji ustalcie zasady współpracy: cele, rytm spotkań, poufność.\n\n${p.lineManagers ? 'Przełożonych prosimy o dopilnowanie, by członkowie ich zespołów mogli dotrzymać terminów sesji.\n\n' : ''}{sender}`,
    }),
    'kick-off': (p) => ({
      subject: 'Spotkanie otwierające program „{programme}”',
      text: `Spotkanie otwierające program „{programme}” dla mentee, mentorów, ${p.lineManagers ? 'przełożonych ' : ''}i zespołu programu.\n\nAgenda:\n- po co to robimy: cele biznesowe i rozwijane kompetencje ({competencies});\n- jak działa program: role, rytm sesji ({cadence}), nauka w modelu 70:20:10, najważniejsze terminy;\n- pierwsze ustalenia w parach: cele, kontrakt, poufność;\n- pytania i odpowiedzi.\n\nProwadzi: {sender}`,
    }),
    'assessment-reminder': (p) => {
      const who = assessorsOf(p);
      const ask = who.onlySelf
        ? 'prosimy każdego mentee o samoocenę na skali programu, w każdej kompetencji, nad którą pracuje; samooceny zbiera {sender}.'
        : 'prosimy o ocenę postępów każdego mentee na skali programu, w każdej kompetencji, nad którą pracuje; oceny zbiera {sender}.';
      const self = who.self && !who.onlySelf ? '\n\nMentee oceniają też sami siebie na tej samej skali; samooceny omówimy razem z pozostałymi ocenami.' : '';
      const separately = who.separately ? '\n\nMentorzy i przełożeni oceniają niezależnie; różnice omówimy wspólnie.' : '';
      return {
        subject: `{milestone-name:${p.milestone}} ({milestone:${p.milestone}}) – prosimy o oceny postępów`,
        text: `Dzień dobry,\n\n{milestone-name:${p.milestone}} – {milestone:${p.milestone}}. Przed tym terminem ${ask} Oceniajmy to, co widać w pracy, a nie włożony wysiłek, i tam, gdzie się da, dodajmy przykład.${self}${separately}\n\nDziękujemy\n{sender}`,
      };
    },
    'mid-point-check-in': () => ({
      subject: '„{programme}” – spotkanie z przełożonymi w połowie programu',
      text: 'Krótkie spotkanie z przełożonymi w połowie programu „{programme}”:\n- jak idzie członkom Państwa zespołów: odbyte sesje, oceny, zadania rozwojowe;\n- co pomaga, a co przeszkadza – na przykład obciążenie pracą albo terminy sesji;\n- co możemy zrobić w drugiej połowie: ambitne zadania rozwojowe, informacja zwrotna, czas na sesje.\n\nProsimy o przyniesienie obserwacji dotyczących każdego mentee z Państwa zespołu.\n\n{sender}',
    }),
    closing: (p) => ({
      subject: 'Zamknięcie programu „{programme}”',
      text: `Spotkanie zamykające program „{programme}” (${p.closing}).\n\nPodsumujemy, co pary osiągnęły względem swoich celów, podziękujemy mentorom za czas i doświadczenie i wysłuchamy, co uczestnicy zmieniliby w kolejnej edycji. Mentee prosimy o przyniesienie jednego przykładu tego, co dziś robią inaczej niż przed programem.\n\n{sender}`,
    }),
    'results-to-sponsor': (p) => ({
      subject: '„{programme}” – wyniki i rekomendacje',
      text: `Prezentacja wyników programu „{programme}” ({start} – {end}):\n- każdy KPI względem celu, z danymi, które za nim stoją;\n- postępy mentee od poziomu wyjściowego w stronę docelowego;\n- odbyte sesje względem planu i rzeczywisty miks nauki względem 70:20:10;\n- opinie uczestników${p.lineManagers ? ' i przełożonych' : ''} z ankiet;\n- rekomendacje dla kolejnej edycji lub wdrożenia programu w całej organizacji oraz decyzje, których potrzebujemy od sponsora.\n\n{sender}`,
    }),
  },
  purposes: (p) => ({
    'buy-in': {
      subject: '„{programme}” – dlaczego to ważne i czego potrzebujemy',
      text: `Dzień dobry,\n\nod {start} do {end} prowadzimy program mentoringu „{programme}”. Jego celem jest przekazanie, w relacji jeden na jeden, kompetencji, od których zależą nasze cele biznesowe: {competencies}. Program zadziała tylko wtedy, gdy każdy odegra w nim swoją rolę: ${p.lineManagers ? 'mentee sami odpowiadają za swój rozwój, mentorzy dzielą się doświadczeniem, a przełożeni zlecają zadania rozwojowe i chronią czas na sesje ({cadence})' : 'mentee sami odpowiadają za swój rozwój, a mentorzy dzielą się doświadczeniem i dbają o rytm sesji ({cadence})'}.\n\nLiczymy na Państwa zaangażowanie. W razie pytań zespół programu chętnie pomoże.\n\n{sender}`,
    },
    information: {
      subject: '„{programme}” – informacja',
      text: 'Dzień dobry,\n\nprzekazujemy informację dotyczącą programu „{programme}”: {subject}.\n\nProgram trwa od {start} do {end}. W razie pytań prosimy o kontakt z zespołem programu.\n\nPozdrawiamy\n{sender}',
      untitled: 'Dzień dobry,\n\nprzekazujemy informację dotyczącą programu „{programme}”.\n\nProgram trwa od {start} do {end}. W razie pytań prosimy o kontakt z zespołem programu.\n\nPozdrawiamy\n{sender}',
    },
    reminder: {
      subject: '„{programme}” – przypomnienie',
      text: 'Dzień dobry,\n\nuprzejmie przypominamy: {subject}.\n\nDziękujemy, że dbają Państwo o rytm programu „{programme}”. Jeśli coś stoi na przeszkodzie, prosimy o sygnał.\n\n{sender}',
      untitled: 'Dzień dobry,\n\nuprzejmie przypominamy o programie „{programme}”.\n\nDziękujemy, że dbają Państwo o jego rytm. Jeśli coś stoi na przeszkodzie, prosimy o sygnał.\n\n{sender}',
    },
    celebration: {
      subject: '„{programme}” – dziękujemy!',
      text: `Dzień dobry,\n\nmamy dobrą wiadomość z programu „{programme}”: {subject}.\n\n${thanks(p.lineManagers)}\n\n{sender}`,
      untitled: `Dzień dobry,\n\nmamy dobrą wiadomość z programu „{programme}”.\n\n${thanks(p.lineManagers)}\n\n{sender}`,
    },
  }),
  longDate: (iso) => (longDates ??= new Intl.DateTimeFormat('pl-PL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' })).format(new Date(`${iso}T00:00:00Z`)),
  list: (items) => (lists ??= new Intl.ListFormat('pl-PL', { style: 'long', type: 'conjunction' })).format(items),
  cadence: (weeks, minutes) => `${weeks === 1 ? 'co tydzień' : `co ${plural(weeks, 'tydzień', 'tygodnie', 'tygodni')}`} po ${minutes} minut`,
  module: (name, hours) => `${name} (${hours} h)`,
  markers: { recipient: '[imię i nazwisko odbiorcy]', 'first-name': '[imię]', mentor: '[imię i nazwisko mentora]', 'line-manager': '[imię i nazwisko przełożonego]' },
  stepNames: {
    'sponsor-announcement': 'zapowiedź sponsora',
    'candidate-invitation': 'zaproszenie dla kandydatów',
    'mentor-preparation': 'przygotowanie mentorów',
    'pairing-announcement': 'ogłoszenie par',
    'kick-off': 'spotkanie otwierające',
    'assessment-reminder': 'przypomnienie o ocenie',
    'mid-point-check-in': 'spotkanie z przełożonymi w połowie programu',
    closing: 'zamknięcie',
    'results-to-sponsor': 'wyniki dla sponsora',
  },
  purposeNames: { 'buy-in': 'buy-in', information: 'informacja', reminder: 'przypomnienie', celebration: 'podziękowanie' },
  channelNames: { email: 'e-mail', meeting: 'spotkanie', intranet: 'intranet', chat: 'czat', letter: 'list', video: 'wideorozmowa', phone: 'telefon', other: 'inny' },
  labels: {
    date: 'Data',
    time: 'Godzina',
    from: 'Od',
    to: 'Do',
    channel: 'Kanał',
    purpose: 'Cel',
    subject: 'Temat',
    text: 'Treść',
    step: 'Krok metody',
    recipients: 'Odbiorcy',
    proposed: 'propozycja',
    proposedNote: 'Propozycja wynikająca z metody: program nie obejmuje jeszcze tego kroku (mentor comms --proposed-only zapisze ją jako YAML).',
    allDay: 'cały dzień',
    occurrence: (n, of) => `${n} z ${of}`,
    people: (n) => plural(n, 'osoba', 'osoby', 'osób'),
    nobody: 'nikt (jeszcze)',
    besidesAbove: (n) => ` oraz ${plural(n, 'osoba wymieniona', 'osoby wymienione', 'osób wymienionych')} wyżej`,
    allAbove: (who) => `${who} (już wśród adresatów wyżej)`,
    roleWith: (role, who) => `${role}: ${who}`,
  },
  out: {
    title: (programme) => `Plan komunikacji: ${programme}`,
    period: (start, end) => `Okres programu ${start} – ${end}`,
    asOf: (date) => `stan na ${date}`,
    summary: (entries, proposed) =>
      `${plural(entries, 'pozycja', 'pozycje', 'pozycji')}${proposed > 0 ? `, w tym ${plural(proposed, 'propozycja wynikająca', 'propozycje wynikające', 'propozycji wynikających')} z metody` : ''}`,
    empty: 'W tym widoku nie ma komunikatów.',
    textsHeading: 'Treści',
    yamlHeader: (programme, count) => [
      `Propozycje \`mentor comms --proposed-only\` dla programu ${programme}: ${plural(count, 'komunikat', 'komunikaty', 'komunikatów')},`,
      'których wymaga metoda, a których program jeszcze nie ma. Przejrzyj treści i wklej pozycje pod `communications:`.',
    ],
    yamlNone: 'Nie ma czego proponować: program obejmuje wszystkie kroki metody.',
  },
  errors: {
    unknownRole: (flag, role, known) => `${flag}: program nie ma roli „${role}” (role: ${known.join(', ')}).`,
    unknownPerson: (id) => `--person: wśród osób programu nie ma nikogo o identyfikatorze „${id}”.`,
    betweenOrder: (from, to) => `--between: ${from} jest późniejsza niż ${to}; podaj najpierw wcześniejszą datę.`,
    betweenCount: '--between przyjmuje dwie daty, RRRR-MM-DD RRRR-MM-DD (ścieżkę programu podaj przed --between).',
    yamlNeedsProposedOnly: '--format yaml zapisuje propozycje gotowe do wklejenia do programu: dodaj --proposed-only.',
    mergeFormat: (format) => `--merge zapisuje jeden wiersz na odbiorcę w formacie csv albo json, nie ${format}.`,
  },
};
