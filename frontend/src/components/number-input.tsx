import { InputNumber, type InputNumberProps } from 'antd';
import { useLayoutEffect, useRef, type ComponentRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

type InputNumberHandle = ComponentRef<typeof InputNumber>;

/**
 * antd's number field, with its step buttons named in the UI's language: rc-input-number names them "Increase Value"
 * and "Decrease Value" in English whatever the locale and takes no other name, so they are named here once drawn.
 * React leaves the attributes alone afterwards, as the library's own never change.
 */
export function NumberInput<T extends string | number = string | number>({
  ref,
  ...props
}: InputNumberProps<T> & { ref?: Ref<InputNumberHandle> }) {
  const { t } = useTranslation();
  const own = useRef<InputNumberHandle | null>(null);
  const increase = t('common.increase');
  const decrease = t('common.decrease');
  useLayoutEffect(() => {
    const root = own.current?.nativeElement;
    root?.querySelector('.ant-input-number-action-up')?.setAttribute('aria-label', increase);
    root?.querySelector('.ant-input-number-action-down')?.setAttribute('aria-label', decrease);
  });
  return (
    <InputNumber<T>
      {...props}
      ref={(handle: InputNumberHandle | null) => {
        own.current = handle;
        if (typeof ref === 'function') ref(handle);
        else if (ref) ref.current = handle;
      }}
    />
  );
}
