import type { components } from '@/types/generated/openapi';

type Schemas = components['schemas'];

/**
 * A notice as GET /api/notifications answers it; `subjectType` (`plan`, `booking` or `venue`) and `subjectId` say
 * what it is about, `planId` and `planName` the plan it belongs to (null for none), a notice about many requests
 * counts them (`bookingCount` at `venueCount` venues), and `message` is the backend's English text, as it was e-mailed.
 */
export type Notification = Schemas['NotificationResponse'];

/** GET /api/notifications/plans: a reader's notices about one plan (null: about none), counted. */
export type NotificationGroup = Schemas['NotificationGroup'];
