// The weight baseline: a minimal ZAF ticket-sidebar app with React 18 and the same Garden components the real
// app uses, rendering one small form. The real app's size is reported as a ratio to this.
import { createRoot } from 'react-dom/client';
import { useEffect, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Fieldset, Input, Radio, Select } from '@zendeskgarden/react-forms';
import { Dots, Progress, Spinner } from '@zendeskgarden/react-loaders';
import { Alert, Well } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { LG, XXL } from '@zendeskgarden/react-typography';

declare const ZAFClient: {
  init(): {
    get(path: string): Promise<Record<string, unknown>>;
    invoke(name: string, ...args: unknown[]): void;
  };
};

function Sidebar() {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const client = ZAFClient.init();
    void client
      .get('ticket.requester.name')
      .then((data) => setName(String(data['ticket.requester.name'] ?? '')));
    client.invoke('resize', { width: '100%', height: '320px' });
  }, []);
  return (
    <ThemeProvider theme={DEFAULT_THEME}>
      <XXL>Sidebar</XXL>
      <LG>{name}</LG>
      <Fieldset>
        <Field>
          <Radio checked readOnly>
            <Field.Label>Option</Field.Label>
          </Radio>
        </Field>
      </Fieldset>
      <Field>
        <Field.Label>Value</Field.Label>
        <Input />
      </Field>
      <Field>
        <Field.Label>Choice</Field.Label>
        <Select>
          <option>One</option>
        </Select>
      </Field>
      <Button isPrimary onClick={() => setBusy(!busy)}>
        Go
      </Button>
      {busy && <Spinner />}
      {busy && <Dots />}
      <Progress value={50} />
      <Well>
        <Tag>tag</Tag>
      </Well>
      <Alert type="info">Info</Alert>
    </ThemeProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Sidebar />);
