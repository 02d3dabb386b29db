import { NavLink } from 'react-router';

/** Page-level tabs that are plain links (one address per tab), marked with aria-current. */
export function NavTabs({
  label,
  items,
}: {
  label: string;
  items: { to: string; label: string; end?: boolean }[];
}) {
  return (
    <nav aria-label={label} className="nav-tabs no-print">
      {items.map((item) => (
        <NavLink key={item.to} to={item.to} end={item.end} className="nav-tab">
          {item.label}
        </NavLink>
      ))}
    </nav>
  );
}
