using Luoshi.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Schema.Configurations;

/// <summary>targets: code unique within the plan (through a shadow plan_id, since a target knows only its task),
/// enums as their names, the office's trajectory as JSON.</summary>
internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public const string PlanId = "PlanId";

    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.ToTable("targets");
        builder.Property<int>(PlanId);
        builder.Property<int>(ReportOrder.Column);
        builder.HasIndex(PlanId, nameof(Target.Code)).IsUnique();
        builder.Property(t => t.Kind).HasConversion<string>();
        builder.Property(t => t.Comparator).HasConversion<string>();
        builder.Property(t => t.Measure).HasConversion<string>();
        builder.Property(t => t.Trajectory).HasJsonConversion();
        builder.ComplexProperty(t => t.Span);

        // One readable column, binding = "air.good-day-share:城区", so a database reader sees the binding as the office typed it.
        builder.Property(t => t.Binding).HasMaxLength(200)
            .HasConversion(b => b!.ToString(), s => IndicatorBinding.TryParse(s)!);
    }
}
