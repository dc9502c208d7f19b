import type { CalendarText } from './calendar-text.js';

const holidays: CalendarText['holidays'] = {
  'new-year': 'Nowy Rok',
  epiphany: 'Święto Trzech Króli',
  'easter-sunday': 'Wielkanoc',
  'easter-monday': 'Poniedziałek Wielkanocny',
  'labour-day': 'Święto Pracy',
  'constitution-day': 'Święto Narodowe Trzeciego Maja',
  pentecost: 'Zielone Świątki',
  'corpus-christi': 'Boże Ciało',
  assumption: 'Wniebowzięcie Najświętszej Maryi Panny',
  'all-saints': 'Wszystkich Świętych',
  'independence-day': 'Narodowe Święto Niepodległości',
  'christmas-eve': 'Wigilia Bożego Narodzenia',
  'christmas-day': 'pierwszy dzień Bożego Narodzenia',
  'boxing-day': 'drugi dzień Bożego Narodzenia',
  'good-friday': 'Wielki Piątek',
  'early-may-bank-holiday': 'brytyjskie święto bankowe na początku maja',
  'spring-bank-holiday': 'brytyjskie wiosenne święto bankowe',
  'summer-bank-holiday': 'brytyjskie letnie święto bankowe',
  'substitute-day': 'brytyjski zastępczy dzień wolny',
};

export const calendarPl: CalendarText = {
  weekdays: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
  holidays,
  fallsOn(off) {
    if (off === 'saturday') return 'w sobotę';
    if (off === 'sunday') return 'w niedzielę';
    return `w dzień wolny od pracy: ${(holidays as Record<string, string>)[off] ?? off}`;
  },
};
