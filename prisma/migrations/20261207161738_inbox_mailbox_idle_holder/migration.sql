-- AlterTable
ALTER TABLE "InboxMailbox" ADD COLUMN     "idleHeldUntil" TIMESTAMP(3),
ADD COLUMN     "idleHolder" TEXT;
