// The practice library, city profile and account views, their components and messages.
import './messages/en/records.ts';
import './messages/en/practices.ts';
import './messages/en/practice-record.ts';
import './messages/en/places.ts';
import './messages/en/cities.ts';
import './messages/en/accounts.ts';
import './messages/en/home.ts';

export * from './components/error-page.ts';
export * from './components/form-fields.ts';
export * from './components/labels.ts';
export * from './components/page-parts.ts';
export * from './components/record-text.ts';
export * from './components/revision-table.ts';
export * from './components/revision-diff.ts';
export * from './components/search-url.ts';
export * from './pages/home.ts';
export * from './pages/practices-search.ts';
export * from './pages/practices-detail.ts';
export * from './pages/practices-form.ts';
export * from './pages/practices-history.ts';
export * from './pages/cities-list.ts';
export * from './pages/cities-profile.ts';
export * from './pages/cities-compare.ts';
export * from './pages/cities-form.ts';
export * from './pages/cities-history.ts';
export * from './pages/accounts-sign-in.ts';
