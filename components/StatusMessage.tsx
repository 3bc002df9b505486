interface Props {
  title: string;
  detail?: string;
  action?: { label: string; onClick: () => void };
}

export function StatusMessage({ title, detail, action }: Props) {
  return (
    <section class="status" role="status">
      <h1 class="status-title">{title}</h1>
      {detail && <p class="status-detail">{detail}</p>}
      {action && (
        <button type="button" class="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </section>
  );
}
