import type { StepAccess } from '../use-cases/open-step.js';
import type { StepPageProps } from './StepPage.js';

type OpenedStep = Extract<StepAccess, { ok: true }>;

/** A step page as the stored assessment stands: the step, the stepper, the answers and the company profile saved so far. */
export function storedStepProps(
  { assessment, steps, step }: OpenedStep,
  links: { action: string; resumeUrl: string },
): Omit<StepPageProps, 'ctx' | 'errors'> {
  return {
    step,
    themeCount: steps.length - 1,
    nextTitle: steps[step.number]?.title,
    action: links.action,
    resumeUrl: links.resumeUrl,
    answers: assessment.answers,
    profile: {
      sizeBand: assessment.sizeBand ?? undefined,
      sector: assessment.sector ?? undefined,
      customerType: assessment.customerType ?? undefined,
      postalCode: assessment.postalCode ?? undefined,
      companyAge: assessment.companyAge ?? undefined,
    },
  };
}
