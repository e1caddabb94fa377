-- Foreign keys that pages filter or count by (a company's applications and contacts, an
-- application's follow-ups and letters) and that ON DELETE rules scan: without these, the
-- companies page ran a sequential scan per row (bench/RESULTS.md).

-- CreateIndex
CREATE INDEX "Application_companyId_idx" ON "Application"("companyId");

-- CreateIndex
CREATE INDEX "Application_referrerId_idx" ON "Application"("referrerId");

-- CreateIndex
CREATE INDEX "Contact_companyId_idx" ON "Contact"("companyId");

-- CreateIndex
CREATE INDEX "FollowUp_applicationId_idx" ON "FollowUp"("applicationId");

-- CreateIndex
CREATE INDEX "FollowUp_rejectionId_idx" ON "FollowUp"("rejectionId");

-- CreateIndex
CREATE INDEX "Interaction_applicationId_idx" ON "Interaction"("applicationId");

-- CreateIndex
CREATE INDEX "Letter_applicationId_idx" ON "Letter"("applicationId");

-- CreateIndex
CREATE INDEX "Letter_contactId_idx" ON "Letter"("contactId");

-- CreateIndex
CREATE INDEX "Letter_templateId_idx" ON "Letter"("templateId");

-- CreateIndex
CREATE INDEX "Notification_followUpId_idx" ON "Notification"("followUpId");

-- CreateIndex
CREATE INDEX "Rejection_senderId_idx" ON "Rejection"("senderId");
