namespace Qyzmet.Kernel.Calendar;

/// <summary>Where an application is made; each channel has its own working hours.</summary>
public enum Channel
{
    /// <summary>The e-government portal (ЭҮП): open 24/7.</summary>
    Portal,

    /// <summary>The provider's own office: Mon–Fri 9:00–18:30, lunch 13:00–14:00.</summary>
    ProviderOffice,

    /// <summary>Public service centre (ХҚКО/ЦОН): Mon–Sat 9:00–20:00.</summary>
    ServiceCentre,

    /// <summary>Migration police: office hours plus Saturday 9:00–13:00.</summary>
    MigrationPolice,
}
