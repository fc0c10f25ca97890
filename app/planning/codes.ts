/** Stable codes for the planning lists; their labels live in the message catalogues. */

/** The five strategic goals of lifelong guidance (OKM 2011:15), in their order. */
export const strategicGoals = ["availability", "career_skills", "competence", "quality", "coordination"] as const;
export type StrategicGoal = (typeof strategicGoals)[number];

/** Development themes of regional guidance work (LAITURI 2014). */
export const developmentThemes = ["guidance_competence", "working_life", "quality_systems", "multichannel", "ohjaamo"] as const;
export type DevelopmentTheme = (typeof developmentThemes)[number];

export const actionStatuses = ["not_started", "in_progress", "done", "cancelled"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** Channels of the communication plan (Kainuu project card). */
export const communicationChannels = ["web", "intranet", "email", "media", "publications", "events", "social_media"] as const;
export type CommunicationChannel = (typeof communicationChannels)[number];

/** The five dimensions of the self-assessment of regional cooperation (Spangar, Arnkil & Vuorinen 2008). */
export const dimensions = ["general_situation", "guidance_concept", "operating_models", "forums", "effectiveness"] as const;
export type Dimension = (typeof dimensions)[number];
export const stages = [1, 2, 3] as const;

export const roundStatuses = ["open", "closed"] as const;
export type RoundStatus = (typeof roundStatuses)[number];

export const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
