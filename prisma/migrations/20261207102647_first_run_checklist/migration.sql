-- AlterTable
ALTER TABLE "User" ADD COLUMN     "calendarFeedReadAt" TIMESTAMP(3),
ADD COLUMN     "checklistDismissedAt" TIMESTAMP(3);
