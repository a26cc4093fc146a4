using Luoshi.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Schema.Configurations;

/// <summary>audit_entries: append-only (triggers in the AuditAppendOnly migrations refuse UPDATE and DELETE).</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.HasIndex(a => new { a.Entity, a.EntityKey });
    }
}
