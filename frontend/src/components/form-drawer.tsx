import { Button, Drawer, Space } from 'antd';
import type { ReactNode } from 'react';

export interface FormDrawerProps {
  title: string;
  width: number;
  /** Class of the drawer's root, for its styles and the browser tests. */
  className: string;
  testId: string;
  saveTestId: string;
  saveLabel: string;
  cancelLabel: string;
  saving: boolean;
  onSave: () => void;
  onClose: () => void;
  children: ReactNode;
}

/** A form in a drawer from the right, with Save and Cancel at its foot: how records are created and edited. */
export function FormDrawer(props: FormDrawerProps) {
  return (
    <Drawer
      open
      onClose={props.onClose}
      title={props.title}
      size={props.width}
      destroyOnHidden
      rootClassName={props.className}
      data-testid={props.testId}
      footer={
        <Space>
          <Button type="primary" onClick={props.onSave} loading={props.saving} data-testid={props.saveTestId}>
            {props.saveLabel}
          </Button>
          <Button onClick={props.onClose}>{props.cancelLabel}</Button>
        </Space>
      }
    >
      {props.children}
    </Drawer>
  );
}
