using Luoshi.Storage.Monitoring.Sections;
using Luoshi.Storage.Monitoring.Water;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Monitoring.Schema;

/// <summary>water_samples: one row per section and day.</summary>
internal sealed class WaterSampleRowConfiguration : IEntityTypeConfiguration<WaterSampleRow>
{
    public void Configure(EntityTypeBuilder<WaterSampleRow> builder)
    {
        builder.ToTable("water_samples");
        builder.HasKey(r => new { r.SectionId, r.Date });
        builder.HasOne<WaterSectionSite>().WithMany().HasForeignKey(r => r.SectionId).OnDelete(DeleteBehavior.Restrict);
    }
}
