using Luoshi.Storage.Monitoring.Sections;
using Luoshi.Storage.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Luoshi.Storage.Monitoring.Schema;

/// <summary>water_sections: code unique; kind of water and target class by name (River, III) so a database reader
/// sees what the office typed; sets as a JSON list.</summary>
internal sealed class WaterSectionSiteConfiguration : IEntityTypeConfiguration<WaterSectionSite>
{
    public void Configure(EntityTypeBuilder<WaterSectionSite> builder)
    {
        builder.ToTable("water_sections");
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Code).HasMaxLength(100);
        builder.Property(s => s.Body).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.TargetClass).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.Sets).HasJsonConversion();
    }
}
