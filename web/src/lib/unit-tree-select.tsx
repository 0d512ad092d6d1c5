import type { TreeSelectProps } from 'antd';
import { TreeSelect } from 'antd';
import { useUnitOptions } from './unit-tree';

/** Pick one or more of the user's active units from the tree; searchable by name. */
export function UnitTreeSelect(props: Omit<TreeSelectProps, 'treeData'>) {
  const { options, isLoading } = useUnitOptions();
  return (
    <TreeSelect
      treeData={options}
      loading={isLoading}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
      {...props}
    />
  );
}
