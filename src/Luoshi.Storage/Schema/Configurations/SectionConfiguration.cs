using Luoshi.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Schema.Configurations;

/// <summary>sections: code unique within the plan, kept in report order by a shadow ordinal.</summary>
internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.ToTable("sections");
        builder.Property<int>(ReportOrder.Column);
        builder.HasIndex(s => new { s.PlanId, s.Code }).IsUnique();
        builder.ComplexProperty(s => s.Span);
    }
}
