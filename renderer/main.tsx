import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installStore } from './app/install';
import { initI18n } from './i18n';
import { adoptTokenFromLocation } from './lib/api';
import './app/global.css';

adoptTokenFromLocation();
void initI18n();
installStore();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
