/** Paired hall devices and staff sign-in state (issue #6). Filled in by the staff work before it ships. */
export const staffDevices = `
SELECT 1;
`;
