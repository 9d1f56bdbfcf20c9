import { type ReactNode, useEffect, useRef } from 'react';

export interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** Move focus to the heading when the page opens, so screen readers announce the new page. */
  focusOnMount?: boolean;
}

export function PageHeader({ title, description, focusOnMount = true }: PageHeaderProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · Match Compass`;
    if (focusOnMount) headingRef.current?.focus({ preventScroll: true });
  }, [title, focusOnMount]);

  return (
    <div className="page-header">
      <h1 ref={headingRef} id="page-title" tabIndex={-1}>
        {title}
      </h1>
      {description !== undefined && <p className="page-header__description">{description}</p>}
    </div>
  );
}
