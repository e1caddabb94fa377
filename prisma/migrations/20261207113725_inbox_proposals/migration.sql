-- CreateEnum
CREATE TYPE "InboxMailKind" AS ENUM ('rejection', 'received', 'interview', 'offer', 'other');

-- CreateEnum
CREATE TYPE "InboxSource" AS ENUM ('paste', 'upload', 'imap');

-- CreateEnum
CREATE TYPE "InboxProposalStatus" AS ENUM ('open', 'applied', 'dismissed');

-- CreateTable
CREATE TABLE "InboxProposal" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "source" "InboxSource" NOT NULL,
    "fromAddress" TEXT NOT NULL,
    "fromName" TEXT,
    "replyTo" TEXT,
    "subject" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "kind" "InboxMailKind" NOT NULL,
    "ats" TEXT,
    "rule" TEXT NOT NULL,
    "ruleDescription" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "feedback" TEXT,
    "postingUrl" TEXT,
    "applicationId" TEXT,
    "candidateIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "matchReasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "suggestedCompany" TEXT,
    "suggestedRole" TEXT,
    "requisitionId" TEXT,
    "fullText" TEXT,
    "status" "InboxProposalStatus" NOT NULL DEFAULT 'open',
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InboxProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InboxProposal_userId_status_sentAt_idx" ON "InboxProposal"("userId", "status", "sentAt");

-- CreateIndex
CREATE INDEX "InboxProposal_applicationId_idx" ON "InboxProposal"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "InboxProposal_userId_messageId_key" ON "InboxProposal"("userId", "messageId");

-- AddForeignKey
ALTER TABLE "InboxProposal" ADD CONSTRAINT "InboxProposal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboxProposal" ADD CONSTRAINT "InboxProposal_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;
