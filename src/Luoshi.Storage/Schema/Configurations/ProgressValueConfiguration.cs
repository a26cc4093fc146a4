using Luoshi.Domain.Plans;
using Luoshi.Domain.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Schema.Configurations;

/// <summary>progress_values: one per report and target; a target with values cannot be deleted (restrict).</summary>
internal sealed class ProgressValueConfiguration : IEntityTypeConfiguration<ProgressValue>
{
    public void Configure(EntityTypeBuilder<ProgressValue> builder)
    {
        builder.ToTable("progress_values");
        builder.HasIndex(v => new { v.ReportId, v.TargetId }).IsUnique();
        builder.HasOne<Target>().WithMany().HasForeignKey(v => v.TargetId).OnDelete(DeleteBehavior.Restrict);
    }
}
