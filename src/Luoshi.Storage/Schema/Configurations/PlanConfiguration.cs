using Luoshi.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Schema.Configurations;

/// <summary>plans: one per region and year; cadence and thresholds as columns of the plan row.</summary>
internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("plans");
        builder.Property<long>(Reading.PlanRevision.Property);
        builder.HasIndex(p => new { p.Region, p.Year }).IsUnique();
        builder.ComplexProperty(p => p.Cadence, c => c.Property(x => x.Frequency).HasConversion<string>());
        builder.ComplexProperty(p => p.Thresholds);
        builder.HasMany(p => p.Sections).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Tasks).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
