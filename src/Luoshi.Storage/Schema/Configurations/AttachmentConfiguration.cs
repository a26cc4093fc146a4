using Luoshi.Domain.Access;
using Luoshi.Domain.Progress;
using Luoshi.Storage.Closing.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Schema.Configurations;

/// <summary>attachments: the metadata of the evidence files of a report or of a task's year-end account — one store for
/// both, exactly one owner per file (the check), gone with its owner; their bytes live in attachment_contents.</summary>
internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("attachments", t => t.HasCheckConstraint(
            "ck_attachments_one_owner", "(report_id IS NULL) <> (closing_account_id IS NULL)"));
        builder.HasIndex(a => a.ReportId);
        builder.HasIndex(a => a.ClosingAccountId);
        builder.HasOne<ProgressReport>().WithMany().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ClosingAccountRow>().WithMany().HasForeignKey(a => a.ClosingAccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
