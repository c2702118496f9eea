/** A notice as GET /api/notifications answers it; `subjectType` and `subjectId` say what it is about. */
export interface Notification {
  id: number;
  kind: string;
  /** `plan`, `booking` or `venue` */
  subjectType: string;
  subjectId: string;
  /** The backend's English text, as it was e-mailed. */
  message: string;
  createdAt: string;
  readAt?: string | null;
  read: boolean;
}
