import type { Rule } from '../rule.js';

/** Roles that must name people: without an HR owner and a sponsor nobody answers for the programme. */
export const staffedRoles = ['hr-owner', 'sponsor'] as const;

/** The HR owner and the sponsor must exist as roles and be staffed by at least one person. */
export const roleUnstaffed: Rule = {
  id: 'role-unstaffed',
  check(ctx) {
    const { roles } = ctx.model.programme;
    return staffedRoles.flatMap((id) => {
      const role = roles.find((r) => r.id === id);
      if (!role) return [ctx.report({ ...ctx.at(ctx.model.programme, 'roles'), target: 'key' }, { role: id })];
      if (role.staffedBy && role.staffedBy.length > 0) return [];
      return [ctx.report(ctx.at(role, role.staffedBy ? 'staffedBy' : 'id'), { role: id })];
    });
  },
};
