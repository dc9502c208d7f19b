import type { CalendarText } from './calendar-text.js';

const holidays: CalendarText['holidays'] = {
  'new-year': "New Year's Day",
  epiphany: 'Epiphany',
  'easter-sunday': 'Easter Sunday',
  'easter-monday': 'Easter Monday',
  'labour-day': 'Labour Day',
  'constitution-day': 'Constitution Day (3 May)',
  pentecost: 'Pentecost',
  'corpus-christi': 'Corpus Christi',
  assumption: 'Assumption Day',
  'all-saints': "All Saints' Day",
  'independence-day': 'Independence Day (11 November)',
  'christmas-eve': 'Christmas Eve',
  'christmas-day': 'Christmas Day',
  'boxing-day': 'the second day of Christmas',
  'good-friday': 'Good Friday',
  'early-may-bank-holiday': 'the early May bank holiday',
  'spring-bank-holiday': 'the spring bank holiday',
  'summer-bank-holiday': 'the summer bank holiday',
  'substitute-day': 'a substitute bank holiday',
};

export const calendarEn: CalendarText = {
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  holidays,
  fallsOn(off) {
    if (off === 'saturday') return 'on a Saturday';
    if (off === 'sunday') return 'on a Sunday';
    return `on a public holiday: ${(holidays as Record<string, string>)[off] ?? off}`;
  },
};
