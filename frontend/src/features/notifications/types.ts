import type { components } from '@/types/generated/openapi';

/**
 * A notice as GET /api/notifications answers it; `subjectType` (`plan`, `booking` or `venue`) and `subjectId` say
 * what it is about, and `message` is the backend's English text, as it was e-mailed.
 */
export type Notification = components['schemas']['NotificationResponse'];
