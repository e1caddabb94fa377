-- CreateEnum
CREATE TYPE "LetterAudience" AS ENUM ('anyone', 'sender', 'interviewer', 'hiring_manager', 'referrer');

-- DropIndex
DROP INDEX "Template_userId_kind_idx";

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "addressAs" TEXT;

-- AlterTable
ALTER TABLE "InterviewInterviewer" ADD COLUMN     "note" TEXT;

-- AlterTable
ALTER TABLE "Letter" ADD COLUMN     "audience" "LetterAudience" NOT NULL DEFAULT 'anyone',
ADD COLUMN     "credited" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "detail" TEXT,
ADD COLUMN     "edited" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Template" ADD COLUMN     "audience" "LetterAudience" NOT NULL DEFAULT 'anyone';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "reminderMinutes" INTEGER NOT NULL DEFAULT 540,
ADD COLUMN     "weekdaysOnly" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "Template_userId_kind_audience_idx" ON "Template"("userId", "kind", "audience");

-- Existing letters: the sender of a rejection is the one who gave its feedback and offers, and a
-- letter drafted before this release may hold edits we cannot tell apart: never re-draft it.
UPDATE "Letter" l SET "credited" = true, "audience" = 'sender'
  FROM "Rejection" r WHERE l."rejectionId" = r."id" AND l."contactId" = r."senderId";
UPDATE "Letter" SET "edited" = true;
