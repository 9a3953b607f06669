import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueService } from '../../../core/services-catalogue';
import { AddableCard } from '../../shared/AddableCard';
import { AddServiceModal } from './AddServiceModal';

interface Props {
  title: string;
  /** A service just added to the catalogue. */
  onAdded?: (service: CatalogueService) => void;
  children: ReactNode;
}

/** A card over services whose add link opens the dialog that adds a service of the desk's own. */
export function ServicesAddCard({ title, onAdded, children }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <AddableCard title={title} addText={t('serviceCatalogue.add')} onAdd={() => setAdding(true)}>
      {children}
      <AddServiceModal open={adding} onClose={() => setAdding(false)} onAdded={onAdded} />
    </AddableCard>
  );
}
