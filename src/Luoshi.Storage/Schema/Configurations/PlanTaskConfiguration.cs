using Luoshi.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Schema.Configurations;

/// <summary>tasks: code unique within the plan, supporting units as a JSON list, report order by a shadow ordinal.</summary>
internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.ToTable("tasks");
        builder.Property<int>(ReportOrder.Column);
        builder.HasIndex(t => new { t.PlanId, t.Code }).IsUnique();
        builder.Property(t => t.SupportingUnits).HasJsonConversion();
        builder.ComplexProperty(t => t.Span);
        builder.HasMany(t => t.Targets).WithOne().HasForeignKey(t => t.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
