import { useDeferredValue, type ReactElement } from 'react';
import { BackupSection } from '../components/data/BackupSection';
import { CommitteeEditor } from '../components/data/CommitteeEditor';
import { DataSection } from '../components/data/DataSection';
import { ImportSection } from '../components/data/ImportSection';
import { IndicatorEditor } from '../components/data/IndicatorEditor';
import { MeasurementGrid } from '../components/data/MeasurementGrid';
import { RoundEditor } from '../components/data/RoundEditor';
import { SenderEditor } from '../components/data/SenderEditor';
import { StatusRuleEditor } from '../components/data/StatusRuleEditor';
import { StorageSection } from '../components/data/StorageSection';
import { SampleDataNotice } from '../components/SampleDataNotice';
import { useDataset } from '../hooks/useDataset';
import { useDatasetLabel } from '../hooks/useDatasetLabel';
import '../styles/data.css';

export default function DataScreen(): ReactElement {
  const stored = useDataset();
  // The editors below are drawn at low priority, which React can split into short tasks: after an import of
  // 20,000 indicators, drawing them at once held the page for over 200 ms.
  const dataset = useDeferredValue(stored);
  const label = useDatasetLabel();
  return (
    <section className="data-screen">
      <div className="screen-head">
        <h1 tabIndex={-1}>Data</h1>
        <SampleDataNotice label={label} withLink={false} />
      </div>
      <DataSection id="import" title="Importér data">
        <ImportSection dataset={stored} />
      </DataSection>
      <DataSection id="sikkerhedskopi" title="Sikkerhedskopi og gendannelse">
        <BackupSection dataset={stored} label={label} />
      </DataSection>
      {dataset && (
        <>
          <DataSection id="maaleværdier" title="Måleværdier">
            <MeasurementGrid dataset={dataset} />
          </DataSection>
          <DataSection id="indikatorer" title="Indikatorer">
            <IndicatorEditor dataset={dataset} />
          </DataSection>
          <DataSection id="maalinger" title="Målinger">
            <RoundEditor dataset={dataset} />
          </DataSection>
          <DataSection id="udvalg" title="Udvalg">
            <CommitteeEditor dataset={dataset} />
          </DataSection>
          <DataSection id="afsender" title="Afsender">
            <SenderEditor sender={dataset.sender} />
          </DataSection>
          <DataSection id="statusregel" title="Statusregel">
            <StatusRuleEditor settings={dataset.statusSettings} />
          </DataSection>
        </>
      )}
      <DataSection id="lager" title="Lager">
        <StorageSection />
      </DataSection>
    </section>
  );
}
