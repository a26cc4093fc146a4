using Luoshi.Domain.Villages;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Villages.Schema;

/// <summary>assessment_standards: name unique; the checklist and tiers as JSON, read and written whole.</summary>
internal sealed class AssessmentStandardConfiguration : IEntityTypeConfiguration<AssessmentStandard>
{
    public void Configure(EntityTypeBuilder<AssessmentStandard> builder)
    {
        builder.ToTable("assessment_standards");
        builder.HasIndex(s => s.Name).IsUnique();
        builder.Property(s => s.Criteria).HasJsonConversion();
        builder.Property(s => s.Tiers).HasJsonConversion();
    }
}
