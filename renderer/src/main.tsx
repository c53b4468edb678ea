import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import { VaultGate } from './vault/VaultGate';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('Outpost could not find its root element');
createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      <VaultGate>
        <App />
      </VaultGate>
    </I18nProvider>
  </StrictMode>,
);
