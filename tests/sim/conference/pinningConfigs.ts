// The pinning configurations the simulated theme offers (set_pinning_config / layout_group).

export interface PinningConfig {
  name: string;
  slots: { layout_groups: string[] }[];
  backfill: boolean;
  remove_self: boolean;
}

export const PINNING_CONFIGS: Record<string, PinningConfig> = {
  basic_backfill: {
    name: 'basic_backfill',
    slots: [{ layout_groups: ['a'] }, { layout_groups: ['b'] }],
    backfill: true,
    remove_self: false,
  },
  complex: {
    name: 'complex',
    slots: [{ layout_groups: ['a', 'b'] }, { layout_groups: ['c'] }, { layout_groups: ['d'] }],
    backfill: false,
    remove_self: true,
  },
};
